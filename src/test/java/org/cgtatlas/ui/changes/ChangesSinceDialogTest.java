package org.cgtatlas.ui.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.domain.Briefing;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.landscape.history.RegistryCountsThen.Difference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The Changes since view: the records grouped by country, a record's fields then → now, Show, a briefing chosen. */
class ChangesSinceDialogTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new ArrayList<>();
    private AppServices services;
    private Stage owner;

    @BeforeEach
    void open() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
        services = AppServices.open(folder.resolve("data"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsTheRecordsChangedSinceTheBriefingFieldByFieldAndShowOpensOne() {
        Briefing briefing = new Briefing(1, Instant.parse("2026-12-01T09:00:00Z"), "analyst", "Weekly", "{}", List.of("overview"),
                services.changeLog().revision(), "/reports/weekly.pdf", "0".repeat(64), 3);
        Programme relma = services.programmes().findAll().stream()
                .filter(programme -> programme.id().equals("prog-relma-cel")).findFirst().orElseThrow();
        services.programmes().save(new Programme(relma.id(), relma.name(), relma.organizationId(), relma.countryCode(),
                relma.modality(), relma.target(), relma.indication(), DevelopmentStage.PHASE_2, "edited", relma.partnerIds(),
                relma.description(), relma.citations(), relma.provenance(), relma.inferred(), relma.analystSources()));
        Alert[] shown = new Alert[1];
        robot.interact(() -> {
            shown[0] = ChangesSinceDialog.build(owner, new CurrentThreadTaskExecutor(), services.changesSince(), List.of(briefing),
                    (kind, name, country) -> opened.add(kind.key() + " " + name + " " + country));
            shown[0].show();
        });
        Label summary = (Label) shown[0].getDialogPane().lookup("#changesSinceSummary");
        @SuppressWarnings("unchecked")
        TreeView<Object> records = (TreeView<Object>) shown[0].getDialogPane().lookup("#changesSinceRecords");
        TextArea details = (TextArea) shown[0].getDialogPane().lookup("#changesSinceDetails");
        Button show = (Button) shown[0].getDialogPane().lookup("#changesSinceShow");

        assertThat(summary.getText()).isEqualTo("What changed since briefing #1 'Weekly', 2026-12-01: 0 added, 0 removed, "
                + "1 changed; 0 registry cells differ");
        TreeItem<Object> country = records.getRoot().getChildren().get(0);
        assertThat(country.getValue()).isEqualTo(relma.countryCode() + " — 0 added, 0 removed, 1 changed");
        assertThat(show.isDisabled()).as("nothing selected").isTrue();

        robot.interact(() -> records.getSelectionModel().select(country.getChildren().get(0)));
        assertThat(details.getText()).contains("stage:\n    " + relma.stage().name() + "\n  → PHASE_2")
                .contains("statusText:").contains("→ edited");
        robot.interact(show::fire);
        assertThat(opened).containsExactly("programme Relma-cel " + relma.countryCode());

        @SuppressWarnings("unchecked")
        TableView<Difference> registry = (TableView<Difference>) shown[0].getDialogPane().lookup("#changesSinceRegistry");
        assertThat(registry.getItems()).isEmpty();
        robot.interact(shown[0]::close);
    }
}
