package org.cgtatlas.feature.pipeline;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.cgtatlas.landscape.pipeline.PipelineFilter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The active filters as removable chips: each shows one filter, and its × clears just that filter. */
final class FilterChips {

    private final FlowPane pane = new FlowPane(6, 6);
    private final PipelineModel model;
    private final PipelineController controller;
    private final Runnable whenNoChipsLeft;

    FilterChips(PipelineModel model, PipelineController controller, Runnable whenNoChipsLeft) {
        this.model = model;
        this.controller = controller;
        this.whenNoChipsLeft = whenNoChipsLeft;
        pane.setId("pipelineChips");
        pane.getStyleClass().add("filter-chips");
        pane.setAlignment(Pos.CENTER_LEFT);
        for (Observable filter : new Observable[] {model.countryFilterProperty(), model.modalityFilterProperty(),
            model.stageFilterProperty(), model.organizationTypeFilterProperty(), model.textFilterProperty(), model.countries()}) {
            filter.addListener(observable -> rebuild());
        }
        rebuild();
    }

    FlowPane node() {
        return pane;
    }

    /**
     * Rebuilding removes the focused chip's button, and a scene whose focus owner is removed hands focus to its first
     * control, the global search. So focus moves on here: to the chip now in its place, else the last one, else to
     * {@code whenNoChipsLeft} (the filter text box).
     */
    private void rebuild() {
        int focused = focusedChip();
        pane.getChildren().clear();
        PipelineFilter filter = model.filter();
        if (filter.countryCode() != null) {
            add("country", Messages.get("pipeline.chip.country", countryName(filter.countryCode())),
                    () -> model.countryFilterProperty().set(null));
        }
        if (filter.modality() != null) {
            add("modality", Messages.get("pipeline.chip.modality", filter.modality().label()),
                    () -> model.modalityFilterProperty().set(null));
        }
        if (filter.stage() != null) {
            add("stage", Messages.get("pipeline.chip.stage", filter.stage().label()), () -> model.stageFilterProperty().set(null));
        }
        if (filter.organizationType() != null) {
            add("organizationType", Messages.get("pipeline.chip.organizationType", filter.organizationType().label()),
                    () -> model.organizationTypeFilterProperty().set(null));
        }
        if (!filter.text().isEmpty()) {
            add("text", Messages.get("pipeline.chip.text", filter.text()), () -> controller.setFilter(model.filter().withText("")));
        }
        if (pane.getChildren().size() > 1) {
            Button clear = new Button(Messages.get("pipeline.filter.clear"));
            clear.setId("chip-clear-all");
            clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            clear.setOnAction(event -> controller.clearFilters());
            pane.getChildren().add(clear);
        }
        if (focused >= 0) {
            keepFocus(focused);
        }
    }

    private int focusedChip() {
        Node owner = pane.getScene() == null ? null : pane.getScene().getFocusOwner();
        for (int i = 0; i < pane.getChildren().size(); i++) {
            Node chip = pane.getChildren().get(i);
            for (Node node = owner; node != null; node = node.getParent()) {
                if (node == chip) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void keepFocus(int index) {
        if (pane.getChildren().isEmpty()) {
            whenNoChipsLeft.run();
            return;
        }
        Node chip = pane.getChildren().get(Math.min(index, pane.getChildren().size() - 1));
        Node button = chip instanceof Button ? chip : chip.lookup(".button");
        button.requestFocus();
    }

    private void add(String id, String text, Runnable remove) {
        Label label = new Label(text);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.setId("chip-remove-" + id);
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "filter-chip-remove");
        close.setTooltip(new Tooltip(Messages.get("pipeline.chip.remove")));
        close.setOnAction(event -> remove.run());
        HBox chip = new HBox(2, label, close);
        chip.setId("chip-" + id);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("filter-chip");
        pane.getChildren().add(chip);
    }

    private String countryName(String code) {
        return model.countries().stream().filter(country -> country.code().equalsIgnoreCase(code)).map(Country::name)
                .findFirst().orElse(code);
    }
}
