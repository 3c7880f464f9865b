package org.cgtatlas.feature.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.cgtatlas.ui.Shortcut;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.print.FxPagePrinter;
import org.cgtatlas.ui.snapshot.ScreenSnapshot;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The File menu items of exporting: Export snapshot… (PDF), Export ▸ Image… of the whole screen at 1× or 2× or of
 * its visible part only, Copy screen image, and
 * Print…. It asks the questions (dialog, file chooser, printer dialog) and hands the work to the controller.
 */
public final class ExportMenu {

    private final Window owner;
    private final ExportModel model;
    private final ExportController controller;
    private final Supplier<Region> currentScreen;

    public ExportMenu(Window owner, ExportModel model, ExportController controller, Supplier<Region> currentScreen) {
        this.owner = owner;
        this.model = model;
        this.controller = controller;
        this.currentScreen = currentScreen;
    }

    public MenuItem[] items() {
        MenuItem snapshot = new MenuItem(Messages.get("menu.file.exportSnapshot"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        snapshot.setId("menu-export-snapshot");
        snapshot.setAccelerator(Shortcut.EXPORT_SNAPSHOT.combination());
        snapshot.setOnAction(event -> controller.withCountries(this::exportSnapshot));

        MenuItem image = new MenuItem(Messages.get("menu.file.export.image"), new FontIcon(Material2AL.IMAGE));
        image.setId("exportImage");
        image.setOnAction(event -> exportImage(screen -> ScreenSnapshot.takeWholeScreen(screen, 1)));
        MenuItem imageTwice = new MenuItem(Messages.get("menu.file.export.image2x"));
        imageTwice.setOnAction(event -> exportImage(screen -> ScreenSnapshot.takeWholeScreen(screen, 2)));
        MenuItem visiblePart = new MenuItem(Messages.get("menu.file.export.imageVisible"));
        visiblePart.setId("exportImageVisible");
        visiblePart.setOnAction(event -> exportImage(screen -> ScreenSnapshot.takeBuffered(screen, 1)));
        Menu export = new Menu(Messages.get("menu.file.export"), null, image, imageTwice, visiblePart);

        MenuItem copy = new MenuItem(Messages.get("menu.file.copyImage"), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setAccelerator(Shortcut.COPY_IMAGE.combination());
        copy.setOnAction(event -> {
            ScreenSnapshot.copyToClipboard(currentScreen.get());
            notify(Messages.get("export.copy.done"));
        });

        MenuItem print = new MenuItem(Messages.get("menu.file.print"), new FontIcon(Material2MZ.PRINT));
        print.setAccelerator(Shortcut.PRINT.combination());
        print.setOnAction(event -> print());
        return new MenuItem[] {snapshot, export, copy, print};
    }

    private void exportSnapshot() {
        if (!SnapshotDialog.ask(owner, model, false)) {
            return;
        }
        File file = chooser(Messages.get("export.pdf.chooser"), "cgt-atlas-snapshot-" + LocalDate.now() + ".pdf",
                new FileChooser.ExtensionFilter(Messages.get("export.pdf.filter"), "*.pdf")).showSaveDialog(owner);
        if (file != null) {
            controller.exportSnapshot(model.toRequest(model.pageSizeProperty().get()), file.toPath(), this::notify);
        }
    }

    /** The image is taken once the file is chosen, so it shows the screen (and its messages) as they are then. */
    private void exportImage(Function<Region, BufferedImage> snapshot) {
        Region screen = currentScreen.get();
        File file = chooser(Messages.get("export.image.chooser"), "cgt-atlas-" + screenName(screen) + "-" + LocalDate.now() + ".png",
                new FileChooser.ExtensionFilter(Messages.get("export.image.filter"), "*.png")).showSaveDialog(owner);
        if (file != null) {
            controller.exportImage(snapshot.apply(screen), file.toPath(), this::notify);
        }
    }

    private void print() {
        if (Printer.getDefaultPrinter() == null) {
            noPrinter();
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            noPrinter();
            return;
        }
        controller.withCountries(() -> {
            if (!SnapshotDialog.ask(owner, model, true) || !job.showPrintDialog(owner)) {
                job.cancelJob();
                return;
            }
            controller.print(model.toRequest(FxPagePrinter.paperOf(job)), new FxPagePrinter(job), this::notify);
        });
    }

    private void noPrinter() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("export.print.noPrinter"));
        alert.initOwner(owner);
        alert.setTitle(Messages.get("export.print.title"));
        alert.setHeaderText(Messages.get("export.print.noPrinterHeader"));
        alert.showAndWait();
    }

    private FileChooser chooser(String title, String fileName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(filter);
        String folder = model.lastFolderProperty().get();
        if (folder != null && !folder.isBlank() && Files.isDirectory(Path.of(folder))) {
            chooser.setInitialDirectory(new File(folder));
        }
        return chooser;
    }

    /** "pipeline" for the Pipeline screen, from the id the main window gives each screen. */
    private static String screenName(Node screen) {
        Node shown = screen instanceof Parent parent && !parent.getChildrenUnmodifiable().isEmpty()
                ? parent.getChildrenUnmodifiable().get(0) : screen;
        String id = shown.getId();
        return id == null ? "screen" : id.replace("screen-", "").toLowerCase(Locale.ROOT);
    }

    private void notify(String message) {
        Notifications.create().owner(owner).title(Messages.get("app.title")).text(message)
                .hideAfter(Duration.seconds(5)).showInformation();
    }
}
