package org.cgtatlas.feature.sources;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CitedPassage;
import org.cgtatlas.domain.Source;
import org.cgtatlas.ui.EmptyState;
import org.cgtatlas.ui.HighlightedText;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.text.SymbolAwareText;

/** The Sources screen: the documents on the left, the chosen one's full text with its cited passages highlighted. */
public final class SourcesView {

    private final SourcesModel model;
    private final SourcesController controller;
    private final StackPane root = new StackPane();
    private final HighlightedText text = new HighlightedText();
    private final ScrollPane textScroller = new ScrollPane(text);
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label note = new Label();
    private final ListView<CitedPassage> passageList = new ListView<>();

    public SourcesView(SourcesModel model, SourcesController controller) {
        this.model = model;
        this.controller = controller;
        ListView<Source> sourceList = new ListView<>(model.sources());
        sourceList.setId("sourceList");
        sourceList.setCellFactory(list -> cell(source -> source.title() + "\n" + describe(source)));
        sourceList.getSelectionModel().selectedItemProperty().addListener((observable, before, source) -> {
            if (source != null && source != model.selectedProperty().get()) {
                model.selectedProperty().set(source);
            }
        });
        model.selectedProperty().addListener((observable, before, source) -> {
            sourceList.getSelectionModel().select(source);
            render();
        });
        model.focusedProperty().addListener((observable, before, focused) -> render());

        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        note.setWrapText(true);
        note.setId("sourceNote");
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        VBox header = new VBox(4, title, meta, note);
        header.setPadding(new Insets(12, 16, 8, 16));

        text.setId("sourceText");
        text.setPadding(new Insets(8, 16, 16, 16));
        textScroller.setFitToWidth(true);
        BorderPane document = new BorderPane(textScroller, header, null, null, null);

        Label passagesTitle = new Label();
        passagesTitle.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("sources.passages", model.passages().size()), model.passages()));
        passagesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        passagesTitle.setMinWidth(Region.USE_PREF_SIZE);
        passageList.setId("passageList");
        passageList.setItems(model.passages());
        passageList.setCellFactory(list -> new PassageCell());
        passageList.getSelectionModel().selectedItemProperty().addListener((observable, before, passage) -> {
            if (passage != null) {
                controller.focus(passage);
            }
        });
        VBox passages = new VBox(6, passagesTitle, passageList);
        passages.setPadding(new Insets(12, 8, 8, 8));
        VBox.setVgrow(passageList, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(sourceList, document, passages);
        split.setDividerPositions(0.24, 0.74);
        SplitPane.setResizableWithParent(sourceList, false);
        EmptyState empty = new EmptyState(ScreenId.SOURCES.icon(),
                Bindings.createStringBinding(() -> Messages.get("sources.empty.headline")),
                Bindings.createStringBinding(() -> Messages.get("sources.empty.hint")));
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.sources())));
        split.visibleProperty().bind(empty.visibleProperty().not());
        root.getChildren().addAll(split, empty);
        root.getStyleClass().add("sources-screen");
    }

    public Node root() {
        return root;
    }

    private void render() {
        Source source = model.selectedProperty().get();
        if (source == null) {
            title.setText("");
            meta.setText("");
            note.setText("");
            text.setContent("", List.of(), null);
            return;
        }
        title.setText(source.title());
        meta.setText(describe(source));
        note.setText(source.cleaningNote() == null ? "" : Messages.get("sources.cleaned"));
        List<HighlightedText.Range> ranges = PassageLocator.locateAll(source.text(),
                        model.passages().stream().map(CitedPassage::quote).toList()).stream()
                .map(span -> new HighlightedText.Range(span.start(), span.end())).toList();
        Citation focused = model.focusedProperty().get();
        HighlightedText.Range focusRange = focused == null ? null : PassageLocator.locate(source.text(), focused.quote())
                .map(span -> new HighlightedText.Range(span.start(), span.end())).orElse(null);
        text.setContent(source.text(), ranges, focusRange);
        Platform.runLater(this::scrollToFocus);
    }

    private void scrollToFocus() {
        Bounds focus = text.focusedBounds();
        double overflow = text.getHeight() - textScroller.getViewportBounds().getHeight();
        if (focus == null || overflow <= 0) {
            textScroller.setVvalue(0);
            return;
        }
        double target = focus.getMinY() - textScroller.getViewportBounds().getHeight() / 3;
        textScroller.setVvalue(Math.max(0, Math.min(1, target / overflow)));
    }

    private static String describe(Source source) {
        StringBuilder line = new StringBuilder();
        if (source.publisher() != null) {
            line.append(source.publisher()).append(" · ");
        }
        if (source.publishedOn() != null) {
            line.append(source.publishedOn().iso()).append(" · ");
        }
        line.append(Messages.get("language." + source.language()));
        return line.toString();
    }

    private static String shorten(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
    }

    /** A cited passage: what fact cites it, then the quote. */
    private static final class PassageCell extends ListCell<CitedPassage> {
        private final Label subject = new Label();
        private final SymbolAwareText quote = new SymbolAwareText("");
        private final VBox box = new VBox(2, subject, quote);

        PassageCell() {
            subject.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        /** As tall as the quote wraps at the width the list gives the cell, so that no cell runs into the next. */
        @Override
        protected double computePrefHeight(double width) {
            double cellWidth = width < 0 ? getWidth() : width;
            if (getGraphic() == null || cellWidth <= 0) {
                return super.computePrefHeight(width);
            }
            double inner = cellWidth - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void updateItem(CitedPassage passage, boolean empty) {
            super.updateItem(passage, empty);
            if (empty || passage == null) {
                setGraphic(null);
                return;
            }
            subject.setText(Messages.get("subject." + passage.subjectType().name()) + " · " + passage.subjectTitle());
            quote.setText("“" + shorten(passage.quote()) + "”");
            setGraphic(box);
        }
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> describe) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }
}
