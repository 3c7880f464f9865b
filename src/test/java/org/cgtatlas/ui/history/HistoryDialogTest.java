package org.cgtatlas.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.ChangeOperation;
import org.cgtatlas.domain.FieldChange;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The history lists the changes newest first, shows the selected one's fields, and reverts from the keyboard. */
class HistoryDialogTest {

    private final FxRobot robot = new FxRobot();
    private Stage owner;
    private HistoryDialog dialog;

    @BeforeEach
    void stage() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
        robot.interact(() -> {
            owner.setWidth(1024);
            owner.setHeight(700);
            owner.show();
        });
    }

    @AfterEach
    void close() {
        robot.interact(() -> dialog.dialog().close());
    }

    @Test
    void theFieldsOfTheSelectedChangeAreShownAndAnOlderVersionIsRevertedFromTheKeyboard() {
        RecordChange newest = change(3, ChangeCause.EDIT, new FieldChange("stage", "PHASE_3", "APPROVED"));
        RecordChange older = change(2, ChangeCause.EDIT, new FieldChange("stage", "PHASE_2", "PHASE_3"),
                new FieldChange("target", "", "CD19"));
        RecordChange insert = change(1, ChangeCause.DATASET_UPGRADE, new FieldChange("name", "", "Relma-cel"));
        List<RecordChange> reverted = new ArrayList<>();

        robot.interact(() -> {
            dialog = new HistoryDialog(owner, "Relma-cel", List.of(newest, older, insert), change -> true, reverted::add);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<FieldChange> fields = (TableView<FieldChange>) dialog.dialog().getDialogPane().lookup("#historyFields");
        Button revert = (Button) dialog.dialog().getDialogPane().lookup("#historyRevert");
        assertThat(fields.getItems()).containsExactly(new FieldChange("stage", "PHASE_3", "APPROVED"));
        assertThat(revert.isDisabled()).as("the newest change is the version shown now").isTrue();
        assertThat(dialog.dialog().getWidth()).isLessThanOrEqualTo(1024);
        assertThat(dialog.dialog().getHeight()).isLessThanOrEqualTo(700);

        robot.type(KeyCode.DOWN);
        assertThat(fields.getItems()).extracting(FieldChange::field).containsExactly("stage", "target");
        assertThat(revert.isDisabled()).isFalse();

        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reverted).containsExactly(older);
        assertThat(dialog.dialog().isShowing()).isFalse();
    }

    @Test
    void fieldsAreNamedAsAReaderSaysThemAndAViewOnlyHistoryOffersNoRevert() {
        RecordChange edit = change(2, ChangeCause.EDIT, new FieldChange("statusText", "Filed", "Approved"),
                new FieldChange("indication", "", "DLBCL"));

        robot.interact(() -> {
            dialog = HistoryDialog.viewOnly(owner, "Relma-cel", List.of(edit));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownTexts("#historyFields")).contains("Status text", "Indication").doesNotContain("statusText");
        @SuppressWarnings("unchecked")
        TableView<RecordChange> changes = (TableView<RecordChange>) dialog.dialog().getDialogPane().lookup("#historyChanges");
        assertThat(changes.getColumns().get(4).getCellData(0)).isEqualTo("Status text, Indication");
        assertThat(dialog.dialog().getDialogPane().lookup("#historyRevert")).as("view-only").isNull();
    }

    private List<String> shownTexts(String table) {
        return robot.from(dialog.dialog().getDialogPane().lookup(table)).lookup(".table-cell").queryAll().stream()
                .flatMap(cell -> robot.from(cell).lookup((javafx.scene.Node node) -> node instanceof Text).queryAll().stream())
                .map(node -> ((Text) node).getText()).toList();
    }

    private static RecordChange change(long seq, ChangeCause cause, FieldChange... fields) {
        return new RecordChange(seq, OffsetDateTime.of(2026, 12, 3, 10, (int) seq, 0, 0, ZoneOffset.UTC), "analyst",
                RecordKind.PROGRAMME, "prog-relma-cel", seq == 1 ? ChangeOperation.INSERT : ChangeOperation.UPDATE, cause,
                null, null, List.of(fields));
    }
}
