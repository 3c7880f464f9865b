package org.cgtatlas.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.cgtatlas.export.image.PngWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Under headless Monocle: a node's image at 1× and 2×, written as a PNG. */
class ScreenSnapshotTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void takesTheImageAtTheRequestedScaleOnTheWindowBackgroundAndCopiesIt() throws Exception {
        Region box = new Region();
        box.setPrefSize(120, 80);
        box.setBackground(new Background(new BackgroundFill(Color.RED, null, null)));
        Pane root = new Pane(box);
        root.setBackground(new Background(new BackgroundFill(Color.web("#0d1117"), null, null)));
        new Scene(root, 200, 100);
        BufferedImage[] images = new BufferedImage[2];
        WaitForAsyncUtils.asyncFx(() -> {
            images[0] = ScreenSnapshot.takeBuffered(root, 1);
            images[1] = ScreenSnapshot.takeBuffered(root, 2);
        }).get();

        assertThat(images[0].getWidth()).isEqualTo(200);
        assertThat(images[1].getWidth()).isEqualTo(400);
        assertThat(images[1].getHeight()).isEqualTo(200);
        assertThat(images[1].getRGB(10, 10) & 0xffffff).isEqualTo(0xff0000);
        assertThat(images[1].getRGB(390, 190) & 0xffffff).isEqualTo(0x0d1117);

        WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.copyToClipboard(root)).get();
        Image copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertThat(copied.getWidth()).isEqualTo(200);

        Path png = folder.resolve("screen.png");
        PngWriter.write(images[1], png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(400);
    }
}
