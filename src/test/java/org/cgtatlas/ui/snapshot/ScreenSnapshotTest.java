package org.cgtatlas.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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

    private static final int ROW_HEIGHT = 24;

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

    @Test
    void theWholeScreenShowsWhatItsScrollPaneHidesAndTheScreenIsPutBackAsItWas() throws Exception {
        VBox rows = new VBox();
        for (int i = 0; i < 30; i++) {
            rows.getChildren().add(new Label("Row " + i));
        }
        Region bottom = new Region();
        bottom.setPrefSize(100, 40);
        bottom.setBackground(new Background(new BackgroundFill(Color.RED, null, null)));
        rows.getChildren().add(bottom);
        ScrollPane scroll = new ScrollPane(rows);
        BorderPane screen = new BorderPane(scroll);
        Label status = new Label("Status");
        screen.setBottom(status);
        StackPane area = new StackPane(screen);
        new Scene(area, 300, 200);
        BufferedImage[] images = new BufferedImage[2];
        double[] contentHeight = new double[1];
        double[] screenHeightAfter = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            images[0] = ScreenSnapshot.takeBuffered(area, 1);
            images[1] = ScreenSnapshot.takeWholeScreen(area, 1);
            contentHeight[0] = rows.getHeight() + status.getHeight();
            screenHeightAfter[0] = screen.getHeight();
        }).get();

        assertThat(images[0].getHeight()).isEqualTo(200);
        assertThat(contentHeight[0]).isGreaterThan(400);
        assertThat(images[1].getHeight()).isGreaterThanOrEqualTo((int) contentHeight[0]);
        assertThat(containsRed(images[0])).as("the red block at the bottom is scrolled out of view").isFalse();
        assertThat(containsRed(images[1])).as("the whole screen shows the bottom of the content").isTrue();
        assertThat(screenHeightAfter[0]).isEqualTo(200);
    }

    @Test
    void theWholeScreenShowsEveryRowOfATable() throws Exception {
        TableView<Integer> table = new TableView<>();
        TableColumn<Integer, String> column = new TableColumn<>("N");
        column.setCellValueFactory(row -> new SimpleStringProperty("Row " + row.getValue()));
        table.getColumns().add(column);
        for (int i = 0; i < 100; i++) {
            table.getItems().add(i);
        }
        StackPane area = new StackPane(new BorderPane(table));
        new Scene(area, 300, 200);
        table.setFixedCellSize(ROW_HEIGHT);
        BufferedImage visible = WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.takeBuffered(area, 1)).get();
        BufferedImage whole = WaitForAsyncUtils.asyncFx(() -> ScreenSnapshot.takeWholeScreen(area, 1)).get();

        assertThat(visible.getHeight()).isEqualTo(200);
        assertThat(whole.getHeight()).isGreaterThanOrEqualTo(100 * ROW_HEIGHT);
    }

    private static boolean containsRed(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    return true;
                }
            }
        }
        return false;
    }
}
