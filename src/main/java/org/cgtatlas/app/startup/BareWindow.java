package org.cgtatlas.app.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of {@code cgt-atlas bench startup}: a JavaFX window with one label, the size of CGT Atlas's. The main
 * class is not the Application itself, as with CGT Atlas, because JavaFX on the class path refuses to start that way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1360, 840));
            StartupProbe.attachIfRequested(stage, scene -> true);
            stage.show();
        }
    }
}
