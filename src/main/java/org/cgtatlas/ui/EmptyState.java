package org.cgtatlas.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The honest "nothing here yet" panel: an icon, a headline and what to do about it. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, ObservableValue<String> headline, ObservableValue<String> hint) {
        super(12);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        Label title = new Label();
        title.textProperty().bind(headline);
        title.getStyleClass().add(Styles.TITLE_3);
        Label detail = new Label();
        detail.textProperty().bind(hint);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        getChildren().addAll(glyph, title, detail);
        setAlignment(Pos.CENTER);
        getStyleClass().add("empty-state");
    }
}
