package org.cgtatlas.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.cgtatlas.core.settings.SettingsStore;

/** Remembers where the window was and how big, and puts it back only where a screen still shows it. */
final class WindowGeometry {

    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 840;

    private WindowGeometry() {
    }

    static void restore(Stage stage, SettingsStore settings) {
        double width = settings.getDouble("window.width", DEFAULT_WIDTH);
        double height = settings.getDouble("window.height", DEFAULT_HEIGHT);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        width = Math.min(width, screen.getWidth());
        height = Math.min(height, screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visibleOnSomeScreen(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    static void remember(Stage stage, SettingsStore settings) {
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
            settings.put("window.width", Double.toString(stage.getWidth()));
            settings.put("window.height", Double.toString(stage.getHeight()));
        }
    }

    private static boolean visibleOnSomeScreen(double x, double y, double width, double height) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(width, 1), Math.min(Math.max(height, 1), 40));
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
