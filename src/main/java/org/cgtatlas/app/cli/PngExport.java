package org.cgtatlas.app.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.app.HeadlessScreenCapture;
import org.cgtatlas.export.image.PngWriter;
import org.cgtatlas.ui.navigation.ScreenId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code export --format png}: renders one screen off-screen (headless when there is no display) and saves it. */
final class PngExport {

    private final CommandSpec spec;
    private final String view;
    private final double scale;

    PngExport(CommandSpec spec, String view, double scale) {
        this.spec = spec;
        this.view = view;
        this.scale = scale;
    }

    int run(Path dataFolder, Path out) throws Exception {
        ScreenId screen = screen();
        if (scale != 1 && scale != 2) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or 2, not " + scale);
        }
        try (AppServices services = AppServices.open(dataFolder)) {
            BufferedImage image = HeadlessScreenCapture.capture(services, screen, scale);
            PngWriter.write(image, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %s screen, %d × %d pixels%n", out.toAbsolutePath(),
                    screen.name().toLowerCase(Locale.ROOT), image.getWidth(), image.getHeight());
        }
        return 0;
    }

    private ScreenId screen() {
        String names = Arrays.stream(ScreenId.values()).map(id -> id.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        if (view == null) {
            throw new ParameterException(spec.commandLine(), "--format png needs --view: one of " + names);
        }
        return Arrays.stream(ScreenId.values()).filter(id -> id.name().equalsIgnoreCase(view.strip())).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "Unknown view '" + view + "': use one of " + names));
    }
}
