package org.cgtatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.ingest.ImportFileException;
import org.cgtatlas.ingest.JsonSyntax;
import org.cgtatlas.testing.LibraryText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What File ▸ Import shows for a bad JSON file: a sentence up front, the technical text folded away and labelled. */
class ErrorDialogTest {

    private final FxRobot robot = new FxRobot();
    private Stage owner;

    @BeforeEach
    void stage() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
    }

    @Test
    void aBadJsonFileIsExplainedWithoutAStackTraceAndItsTechnicalDetailsAreCollapsed() {
        Throwable jackson = catchThrowable(() -> new ObjectMapper().readTree("{\"studies\": [ {\"protocolSection\": ] } ]}"));
        Throwable error = new IllegalStateException("Import failed", new ImportFileException("studies.json", "line 1, column 36",
                "malformed JSON: " + JsonSyntax.problem(((JsonProcessingException) jackson).getOriginalMessage()), jackson));
        Alert[] shown = new Alert[1];

        robot.interact(() -> shown[0] = ErrorDialog.build(owner, "CGT Atlas could not finish this task", error));

        Alert alert = shown[0];
        String message = ((Label) alert.getDialogPane().lookup("#errorMessage")).getText();
        TitledPane technical = (TitledPane) alert.getDialogPane().lookup("#errorTechnicalPane");
        String details = ((TextArea) technical.getContent()).getText();
        assertThat(message).isEqualTo(ErrorWording.forUser(error)).startsWith("studies.json, line 1");
        assertThat(LibraryText.findIn(message)).isNull();
        assertThat(alert.getDialogPane().getExpandableContent()).as("no unlabelled 'Show Details'").isNull();
        assertThat(technical.isExpanded()).isFalse();
        assertThat(technical.getText()).startsWith("Technical details");
        assertThat(details).contains("ImportFileException", "JsonParseException", "Unexpected character").doesNotContain("\tat ", "REDACTED", "StreamReadFeature");
    }
}
