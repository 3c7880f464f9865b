package org.cgtatlas.feature.countries;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.countries.Evidence;
import org.cgtatlas.ui.text.SymbolAwareText;

/** Shared pieces for showing where a fact comes from: quoted passages with "Show source", and hover texts. */
final class EvidenceViews {

    private static final int TOOLTIP_CITATIONS = 4;
    private static final double TOOLTIP_WIDTH = 500;

    private EvidenceViews() {
    }

    /** The quote, the source's title and a "Show source" button that opens the passage. */
    static Node citation(Citation citation, Landscape data, Consumer<Citation> showSource) {
        SymbolAwareText quote = new SymbolAwareText("“" + citation.quote() + "”", "evidence-quote");
        Label source = new Label(data.sourceTitle(citation.sourceId()));
        source.setWrapText(true);
        source.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button show = new Button(Messages.get("countries.showSource"));
        show.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT, "show-source-button");
        show.setOnAction(event -> showSource.accept(citation));
        VBox box = new VBox(4, quote, source, show);
        box.getStyleClass().add("evidence-citation");
        return box;
    }

    /** The evidence as hover text: labels, notes and the first quotes. */
    static Tooltip tooltip(String heading, List<Evidence> evidence, Landscape data) {
        StringBuilder text = new StringBuilder(heading);
        int quotes = 0;
        for (Evidence item : evidence) {
            text.append("\n\n").append(item.label());
            if (item.note() != null && !item.note().isBlank()) {
                text.append("\n").append(item.note());
            }
            for (Citation citation : item.citations()) {
                if (quotes++ < TOOLTIP_CITATIONS) {
                    text.append("\n“").append(citation.quote()).append("” — ").append(data.sourceTitle(citation.sourceId()));
                }
            }
        }
        if (quotes > TOOLTIP_CITATIONS) {
            text.append("\n\n").append(Messages.get("countries.tooltip.more", quotes - TOOLTIP_CITATIONS));
        }
        return wrapped(text.toString());
    }

    /** A hover text that wraps and shows the symbols in quotes (drawn as its graphic; its text stays for reading). */
    static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        SymbolAwareText shown = new SymbolAwareText(text);
        shown.setMaxLineWidth(TOOLTIP_WIDTH);
        tooltip.setGraphic(shown);
        tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
