package org.cgtatlas.ui.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Country;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The shared organisation form takes its texts from its own {@code organization.form.*} messages. */
class OrganizationDialogTest {

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void showForm() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
        FxToolkit.showStage();
        robot.interact(() -> OrganizationDialog.show(owner, List.of(new Country("JP", "Japan", "日本", true)),
                (draft, existing, close, fail) -> close.run(), null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#organizationForm").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theFormSaysWhatItDidBeforeWithTheOrganizationsOwnMessages() {
        DialogPane pane = robot.lookup("#organizationForm").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Add an organization")
                .isEqualTo(Messages.get("organization.form.add"));

        Map<String, String> labels = Map.of("formName", "Name", "formLocalName", "Local name",
                "formAliases", "Aliases (comma-separated)", "formCountry", "Country", "formType", "Type",
                "formDescription", "Description");
        Map<String, String> keys = Map.of("formName", "name", "formLocalName", "localName", "formAliases", "aliases",
                "formCountry", "country", "formType", "type", "formDescription", "description");
        labels.forEach((id, text) -> {
            Label label = robot.from(pane).lookup(".label").match(node -> node instanceof Label candidate
                    && candidate.getLabelFor() != null && id.equals(candidate.getLabelFor().getId())).queryAs(Label.class);
            assertThat(label.getText()).as(id).isEqualTo(text).isEqualTo(Messages.get("organization.form." + keys.get(id)));
        });
        ComboBox<?> country = robot.from(pane).lookup("#formCountry").queryAs(ComboBox.class);
        assertThat(((ListCell<?>) country.getButtonCell()).getText()).isEqualTo("(not stated)")
                .isEqualTo(Messages.get("organization.form.notStated"));
        assertThat(Messages.get("organization.form.saving")).isEqualTo("Saving…");
    }
}
