package org.cgtatlas.feature.trials;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.ui.history.HistoryDialog;
import org.cgtatlas.domain.ClassifiedTrial;
import org.cgtatlas.domain.CountryNames;
import org.cgtatlas.domain.Intervention;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;
import org.cgtatlas.domain.TrialPhases;
import org.cgtatlas.domain.TrialRegistration;
import org.cgtatlas.domain.TrialSource;
import org.cgtatlas.ingest.ImportFormat;

/** The selected trial: its data, its classification with the rule that decided it, its source record and a link. */
final class TrialDetailPane {

    private static final double MIN_WIDTH = 240;

    private final ScrollPane root = new ScrollPane();
    private final VBox content = new VBox(10);
    private final Label placeholder = new Label(Messages.get("trials.detail.empty"));
    private final Hyperlink link = new Hyperlink();
    private final Label title = new Label();
    private final Label modality = new Label();
    private final Label reason = new Label();
    private final GridPane facts = new GridPane();
    private final Label provenance = new Label();
    private final TextArea rawSource = new TextArea();
    private final Button setModality = new Button(Messages.get("trials.override.set"));
    private final Button removeOverride = new Button(Messages.get("trials.override.remove"));
    private final Button addProduct = new Button(Messages.get("trials.product.add"));
    private final Button history = new Button(Messages.get("history.action"));
    private final Label terms = new Label();

    TrialDetailPane(TrialsModel model, Consumer<ClassifiedTrial> openInRegistry, ClassificationEditsController overrides) {
        root.setId("trialDetail");
        root.getStyleClass().add("trial-detail");
        root.setFitToWidth(true);
        root.setMinWidth(MIN_WIDTH);
        link.setId("trialLink");
        link.setWrapText(true);
        link.setOnAction(event -> {
            if (model.selectedProperty().get() != null) {
                openInRegistry.accept(model.selectedProperty().get());
            }
        });
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        modality.setId("trialModality");
        modality.getStyleClass().addAll(Styles.TEXT_BOLD, "trial-modality");
        reason.setId("trialClassificationReason");
        reason.setWrapText(true);
        facts.setVgap(2);
        facts.getStyleClass().add("trial-facts");
        rawSource.setEditable(false);
        rawSource.setWrapText(true);
        rawSource.setPrefRowCount(6);
        rawSource.getStyleClass().add("trial-raw");
        provenance.setWrapText(true);
        terms.setId("trialTerms");
        terms.setWrapText(true);
        terms.getStyleClass().add(Styles.TEXT_SMALL);
        provenance.getStyleClass().add(Styles.TEXT_MUTED);
        setModality.setId("trialSetModality");
        setModality.setOnAction(event -> TrialOverrideDialog.show(root.getScene().getWindow(), model.selectedProperty().get(), overrides));
        removeOverride.setId("trialRemoveOverride");
        removeOverride.setOnAction(event -> overrides.remove(model.selectedProperty().get().trial().nctId()));
        removeOverride.managedProperty().bind(removeOverride.visibleProperty());
        addProduct.setId("trialAddProduct");
        addProduct.setOnAction(event -> ProductEntryDialog.show(root.getScene().getWindow(),
                firstIntervention(model.selectedProperty().get()), overrides));
        history.setId("trialHistory");
        history.setTooltip(new Tooltip(Messages.get("trials.history.tooltip")));
        history.setOnAction(event -> {
            String trialId = model.selectedProperty().get().trial().nctId();
            overrides.openHistory(trialId, changes -> HistoryDialog.viewOnly(root.getScene().getWindow(), trialId, changes).show());
        });
        FlowPane overrideActions = new FlowPane(8, 6, setModality, removeOverride, addProduct, history);
        model.selectedSourceProperty().addListener((observable, before, source) -> showSource(source));
        Label classification = section("trials.detail.classification");
        Label raw = section("trials.detail.raw");
        content.getChildren().setAll(placeholder);
        content.getStyleClass().add("trial-detail-content");
        root.setContent(content);
        model.selectedProperty().addListener((observable, before, trial) -> {
            if (trial == null) {
                content.getChildren().setAll(placeholder);
            } else {
                show(trial);
                content.getChildren().setAll(link, title, classification, modality, reason, overrideActions, facts, raw,
                        provenance, rawSource, terms);
            }
        });
    }

    private void showSource(TrialSource source) {
        if (source == null) {
            provenance.setText("");
            rawSource.setText("");
            return;
        }
        provenance.setText(Messages.get("trials.detail.provenance", source.fileName(), ImportFormat.valueOf(source.format()).label(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(source.importedAt())));
        rawSource.setText(source.rawSource());
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "trial-section");
        return label;
    }

    private void show(ClassifiedTrial classified) {
        Trial trial = classified.trial();
        TrialClassification classification = classified.classification();
        TrialRegistration registration = classified.registration();
        link.setText(trial.nctId() + " — " + Messages.get("trials.detail.open", registration.registry()));
        title.setText(trial.title());
        modality.setText(classification.isOverride() ? Messages.get("trials.override.shown", classification.modalityLabel())
                : classification.modalityLabel());
        reason.setText(reason(classification));
        removeOverride.setVisible(classification.isOverride());
        facts.getChildren().clear();
        fact(0, "trials.detail.registry", registration.registry());
        fact(1, "trials.detail.alsoRegistered", registration.alsoRegisteredAs().isEmpty() ? Messages.get("trials.unknown")
                : String.join("\n", registration.alsoRegisteredAs()));
        fact(2, "trials.detail.sponsor", trial.funderType().isEmpty() ? trial.sponsor()
                : trial.sponsor() + " (" + TrialLabels.funderType(trial.funderType()) + ")");
        fact(3, "trials.detail.status", TrialLabels.code(trial.status()));
        fact(4, "trials.detail.phases", TrialPhases.label(trial.phases()));
        fact(5, "trials.detail.conditions", String.join("; ", trial.conditions()));
        fact(6, "trials.detail.interventions", interventions(trial.interventions()));
        fact(7, "trials.detail.countries", countries(trial, registration));
        fact(8, "trials.detail.dates", orDash(trial.startDate()) + " / " + orDash(trial.completionDate()));
        fact(9, "trials.detail.enrollment", orDash(trial.enrollment()));
        terms.setText(registration.fromIctrp() ? Messages.get("trials.detail.terms") : "");
        terms.setManaged(registration.fromIctrp());
        terms.setVisible(registration.fromIctrp());
    }

    private static String firstIntervention(ClassifiedTrial trial) {
        return trial.trial().interventions().stream().map(Intervention::name).findFirst().orElse("");
    }

    private static String reason(TrialClassification classification) {
        if (classification.isOverride()) {
            return Messages.get("trials.override.reason", classification.matchedText(), classification.explanation());
        }
        return classification.ruleId().isEmpty() ? Messages.get("trials.detail.noRule")
                : Messages.get("trials.detail.rule", classification.ruleId(), classification.matchedText(),
                classification.field(), classification.explanation(), classification.confidence().label());
    }

    /** The name above its value, so that a narrow pane still gives the value the whole width (no sponsor one letter a line). */
    private void fact(int row, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label text = new Label(value);
        text.setWrapText(true);
        if (row > 0) {
            name.setPadding(new Insets(6, 0, 0, 0));
        }
        facts.add(name, 0, 2 * row);
        facts.add(text, 0, 2 * row + 1);
    }

    private static String interventions(List<Intervention> interventions) {
        StringBuilder text = new StringBuilder();
        for (Intervention intervention : interventions) {
            text.append(text.length() == 0 ? "" : "\n").append(intervention.label());
        }
        return text.toString();
    }

    private static String countries(Trial trial, TrialRegistration registration) {
        StringBuilder text = new StringBuilder();
        trial.countryCodes().stream().sorted().forEach(code -> text.append(text.length() == 0 ? "" : ", ")
                .append(registration.inferredCountries().contains(code)
                        ? Messages.get("trials.detail.inferred", CountryNames.of(code))
                        : CountryNames.of(code)));
        return text.toString();
    }

    private static String orDash(Object value) {
        return value == null ? Messages.get("trials.unknown") : value.toString();
    }

    Node root() {
        return root;
    }
}
