package org.cgtatlas.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.Theme;

/**
 * What the window shows in its first frame, while the data folder is opened behind it: the theme's background and
 * one line of text. Plain shapes, no controls, so it needs no style sheet.
 */
final class OpeningView {

    private OpeningView() {
    }

    static Parent of(Theme theme) {
        Text text = new Text(Messages.get("startup.opening"));
        text.setFont(Font.font(14));
        text.setFill(Color.web(theme == Theme.DARK ? "#8b949e" : "#57606a"));
        StackPane root = new StackPane(text);
        root.setAlignment(Pos.CENTER);
        root.setBackground(Background.fill(Color.web(theme == Theme.DARK ? "#0d1117" : "#ffffff")));
        return root;
    }
}
