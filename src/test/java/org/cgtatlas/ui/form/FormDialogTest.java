package org.cgtatlas.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The one form dialog: its validation, its Save and Cancel, and a layout that holds still while messages change. */
class FormDialogTest {

    private static final String LONG_LABEL = "Aliases (comma-separated, as the sources spell them)";

    private final FxRobot robot = new FxRobot();
    private TextField name;
    private TextField aliases;
    private TextField code;
    private final List<Runnable> closes = new ArrayList<>();
    private final List<Consumer<String>> failures = new ArrayList<>();
    private Stage owner;

    @BeforeEach
    void showForm() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
        FxToolkit.showStage();
        robot.interact(() -> {
            name = new TextField();
            aliases = new TextField();
            code = new TextField();
            FormDialog form = new FormDialog(owner, "Add a thing", "testForm");
            form.field("Name", name, "testName");
            form.field(LONG_LABEL, aliases, "testAliases");
            form.field("Code", code, "testCode");
            form.validateWhenShown(() -> {
                form.validation().registerValidator(name, Validator.createEmptyValidator("A name is required."));
                form.validation().registerValidator(code, Validator.<String>createPredicateValidator(
                        text -> text == null || text.isEmpty() || text.matches("[A-Z]{3}"), "Code: three capital letters."));
            });
            form.confirmBeforeSave(() -> "FAR".equals(code.getText()) ? Optional.of("Far ahead. Save it anyway?")
                    : Optional.empty());
            form.onSave((close, fail) -> {
                closes.add(close);
                failures.add(fail);
            });
            form.show(name);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Label messages() {
        return robot.lookup("#testForm #formErrors").queryAs(Label.class);
    }

    private Button save() {
        return robot.lookup("#testForm #formSave").queryButton();
    }

    private double fieldTop(TextField field) {
        return field.localToScene(field.getBoundsInLocal()).getMinY();
    }

    private boolean formShowing() {
        return robot.lookup("#testForm").tryQuery().map(pane -> pane.getScene().getWindow().isShowing()).orElse(false);
    }

    private void waitForMessages(String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messages().getText().equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(messages().getText()).isEqualTo(expected);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsEveryProblemAndKeepsSaveDisabledUntilTheyAreFixed() throws Exception {
        waitForMessages("A name is required.");
        assertThat(save().isDisabled()).isTrue();

        robot.interact(() -> code.setText("usd"));
        waitForMessages("A name is required.\nCode: three capital letters.");
        robot.interact(() -> {
            name.setText("Kobe MOU");
            code.setText("USD");
        });

        waitForMessages("");
        assertThat(save().isDisabled()).isFalse();
    }

    @Test
    void messagesComingAndGoingNeverMoveAField() throws Exception {
        waitForMessages("A name is required.");
        double nameTop = fieldTop(name);
        double codeTop = fieldTop(code);
        Window window = save().getScene().getWindow();
        double height = window.getHeight();

        robot.interact(() -> code.setText("x"));
        waitForMessages("A name is required.\nCode: three capital letters.");
        assertThat(messages().getHeight()).as("both lines shown").isGreaterThanOrEqualTo(
                messages().prefHeight(messages().getWidth()) - 0.5);
        assertThat(fieldTop(name)).isEqualTo(nameTop);
        assertThat(fieldTop(code)).isEqualTo(codeTop);

        robot.interact(() -> {
            name.setText("Kobe MOU");
            code.setText("");
        });
        waitForMessages("");
        assertThat(fieldTop(name)).isEqualTo(nameTop);
        assertThat(fieldTop(code)).isEqualTo(codeTop);
        assertThat(window.getHeight()).isEqualTo(height);
    }

    @Test
    void withNothingToSayTheMessageAreaLeavesNoEmptyBandUnderTheFields() throws Exception {
        robot.interact(() -> name.setText("Kobe MOU"));
        waitForMessages("");

        ScrollPane fields = robot.lookup("#testForm .scroll-pane").queryAs(ScrollPane.class);
        Region content = (Region) fields.getParent();
        assertThat(messages().isManaged()).as("the empty message area takes no room").isFalse();
        assertThat(content.getHeight() - content.snappedBottomInset() - fields.getBoundsInParent().getMaxY()).as("room left under the fields")
                .isLessThan(1);
    }

    @Test
    void aLongLabelIsShownWholeEvenInANarrowDialog() throws Exception {
        Window window = save().getScene().getWindow();
        robot.interact(() -> window.setWidth(300));
        WaitForAsyncUtils.waitForFxEvents();

        Label label = robot.lookup(".label").match(node -> node instanceof Label candidate
                && LONG_LABEL.equals(candidate.getText())).queryAs(Label.class);
        Text shown = (Text) label.lookup(".text");
        assertThat(shown.getText()).isEqualTo(LONG_LABEL);
        assertThat(label.getLabelFor()).isSameAs(aliases);
    }

    @Test
    void aFailedSaveKeepsTheFormOpenWithTheReasonAndASuccessfulOneClosesIt() throws Exception {
        robot.interact(() -> name.setText("Kobe MOU"));
        waitForMessages("");

        robot.interact(save()::fire);
        assertThat(messages().getText()).isEqualTo("Saving…");
        assertThat(save().isDisabled()).as("no second save while one runs").isTrue();
        robot.interact(() -> failures.get(0).accept("The disk is full."));

        assertThat(messages().getText()).isEqualTo("The disk is full.");
        assertThat(formShowing()).isTrue();
        assertThat(save().isDisabled()).isFalse();

        robot.interact(save()::fire);
        robot.interact(() -> closes.get(1).run());
        assertThat(formShowing()).isFalse();
    }

    @Test
    void anUnusualValueIsSavedOnlyOnceTheUserConfirmsIt() throws Exception {
        robot.interact(() -> {
            name.setText("Kobe MOU");
            code.setText("FAR");
        });
        waitForMessages("");

        robot.interact(save()::fire);
        DialogPane question = robot.lookup("#formConfirm").queryAs(DialogPane.class);
        assertThat(question.getContentText()).isEqualTo("Far ahead. Save it anyway?");
        assertThat(closes).as("nothing saved before the answer").isEmpty();
        robot.interact(() -> ((Button) question.lookupButton(ButtonType.CANCEL)).fire());
        assertThat(closes).as("cancelled: not saved").isEmpty();
        assertThat(formShowing()).isTrue();

        robot.interact(save()::fire);
        DialogPane again = robot.lookup("#formConfirm").match(pane -> pane.getScene().getWindow().isShowing())
                .queryAs(DialogPane.class);
        ButtonType confirm = again.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.interact(() -> ((Button) again.lookupButton(confirm)).fire());
        assertThat(closes).hasSize(1);

        robot.interact(() -> code.setText("USD"));
        robot.interact(() -> failures.get(0).accept("try again"));
        robot.interact(save()::fire);
        assertThat(closes).as("an ordinary value is saved without a question").hasSize(2);
    }

    @Test
    void manyProblemsAtOnceMoveNoFieldAndEachIsShownWhole() throws Exception {
        ManyProblemsForm form = new ManyProblemsForm(700, false);
        List<Bounds> before = form.fieldBounds();

        form.breakEveryField();

        assertThat(form.fieldBounds()).as("every field where it was").isEqualTo(before);
        Label messages = form.messages();
        assertThat(messages.getHeight()).as("all five messages laid out").isGreaterThanOrEqualTo(
                messages.prefHeight(messages.getWidth()) - 0.5);
        Bounds shown = messages.localToScene(messages.getBoundsInLocal());
        Button save = robot.lookup("#manyProblemsForm #formSave").queryButton();
        assertThat(shown.getMaxY()).as("the last message is in sight, above the buttons")
                .isLessThanOrEqualTo(save.localToScene(save.getBoundsInLocal()).getMinY());
    }

    @Test
    void inAFormScrolledDownMessagesTakingRoomMoveNoField() throws Exception {
        ManyProblemsForm form = new ManyProblemsForm(300, true);
        List<Bounds> before = form.fieldBounds();

        form.breakEveryField();

        assertThat(form.fieldBounds()).as("every field where it was").isEqualTo(before);
    }

    /** A form with a list and four text fields, whose five validators all pass until {@link #breakEveryField()}. */
    private final class ManyProblemsForm {

        private final List<Control> controls = new ArrayList<>();
        private final ListView<String> parties = new ListView<>(FXCollections.observableArrayList("Kobe Cell Works", "DuoGenic"));

        ManyProblemsForm(double ownerHeight, boolean scrolledDown) throws Exception {
            robot.interact(() -> {
                closeForm();
                owner.setWidth(1024);
                owner.setHeight(ownerHeight);
                FormDialog form = new FormDialog(owner, "Add an event", "manyProblemsForm");
                for (String field : List.of("Title", "Date", "Place", "Currency")) {
                    controls.add(form.field(field, new TextField("ok"), "many" + field));
                }
                parties.setPrefHeight(120);
                controls.add(1, form.field("Parties", parties, "manyParties"));
                form.validateWhenShown(() -> {
                    for (Control control : controls) {
                        if (control instanceof TextField field) {
                            form.validation().registerValidator(field, Validator.<String>createPredicateValidator(
                                    text -> !"x".equals(text), field.getId().substring(4) + ": this value is not accepted"
                                            + " here, as the rules for this field explain at some length so that the line wraps."));
                        }
                    }
                    form.validation().registerValidator(parties, Validator.<List<String>>createPredicateValidator(
                            items -> !items.isEmpty(), "Parties: choose at least one organization."));
                });
                // The user is typing in the last field (Save, which errors disable, must not hold the focus).
                form.show(controls.get(controls.size() - 1));
            });
            WaitForAsyncUtils.waitForFxEvents();
            if (scrolledDown) {
                ScrollPane fields = (ScrollPane) robot.lookup("#manyProblemsForm .scroll-pane").query();
                assertThat(fields.getContent().getLayoutBounds().getHeight()).as("the form scrolls")
                        .isGreaterThan(fields.getViewportBounds().getHeight() + 20);
                robot.interact(() -> fields.setVvalue(fields.getVmax()));
                WaitForAsyncUtils.waitForFxEvents();
            }
        }

        List<Bounds> fieldBounds() {
            return controls.stream().map(control -> control.localToScene(control.getLayoutBounds())).toList();
        }

        Label messages() {
            return robot.lookup("#manyProblemsForm #formErrors").queryAs(Label.class);
        }

        void breakEveryField() throws Exception {
            robot.interact(() -> {
                controls.stream().filter(TextField.class::isInstance).forEach(field -> ((TextField) field).setText("x"));
                parties.setItems(FXCollections.observableArrayList());
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messages().getText().split("\\n").length == 5);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void closeForm() {
        robot.lookup("#testForm").queryAs(DialogPane.class).getScene().getWindow().hide();
    }
}
