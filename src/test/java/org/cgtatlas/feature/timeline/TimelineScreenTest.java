package org.cgtatlas.feature.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.testing.RunningApp;
import org.cgtatlas.testing.ScrollIntoView;
import org.cgtatlas.ui.timeline.TimelineControl;
import org.cgtatlas.ui.timeline.TimelineItem;
import org.cgtatlas.ui.timeline.TimelineSkin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Timeline screen in the whole application, headless, used as an analyst would. */
class TimelineScreenTest {

    /** Generous: the background thread is shared with other screens' loads on a busy machine. */
    private static final int WAIT_SECONDS = 40;
    private static final String LICENCE = "evt-duogenic-a-and-i-ai-cells-licence";

    @RegisterExtension
    final RunningApp running = RunningApp.startedForEachTest();

    private final FxRobot robot = new FxRobot();
    private TimelineControl timeline;

    @BeforeEach
    void openTheTimeline() throws Exception {
        robot.interact(() -> {
            running.stage().setWidth(1400);
            running.stage().setHeight(900);
        });
        robot.clickOn("#nav-timeline");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#timeline-control").tryQuery().isPresent());
        timeline = robot.lookup("#timeline-control").queryAs(TimelineControl.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> timeline.indexProperty().get().size() > 20);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String detailsTitle() {
        return robot.lookup("#timeline-details-title").queryAs(Label.class).getText();
    }

    private void clickOnItem(String id) {
        Bounds bounds = ((TimelineSkin) timeline.getSkin()).boundsOf(id).orElseThrow();
        Point2D centre = timeline.localToScreen(bounds.getMinX() + Math.min(6, bounds.getWidth() / 2), bounds.getCenterY());
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theZoomInButtonShowsFewerDaysAndAMonthAxisEventually() {
        double before = timeline.getScale().visibleDays();
        robot.clickOn("#timeline-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getScale().visibleDays()).isLessThan(before / 1.5);
        robot.clickOn("#timeline-zoom-out");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getScale().visibleDays()).isCloseTo(before, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void clickingAnEventShowsItsDetailsAndSelectsItInTheList() {
        clickOnItem(LICENCE);
        assertThat(timeline.getSelectedItem().id()).isEqualTo(LICENCE);
        assertThat(detailsTitle()).startsWith("DuoGenic StemCells");
        assertThat(robot.lookup(".timeline-show-source").queryAll()).isNotEmpty();
        List<String> shown = robot.lookup("#timeline-details .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shown).as("the source is named by its title, not its internal id")
                .contains("Taiwan’s BPIPO and DCB Drive Regenerative Medicine Development with Japan’s Industry Leaders in Tokyo")
                .noneMatch(text -> text.contains("src-"));
        @SuppressWarnings("unchecked")
        TableView<CollaborationEvent> table = robot.lookup("#timeline-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(LICENCE);
    }

    @Test
    void theRightArrowMovesTheSelectionToTheNextEventInTime() {
        clickOnItem(LICENCE);
        var items = timeline.indexProperty().get().items();
        int at = timeline.indexProperty().get().indexOf(LICENCE);
        TimelineItem next = items.get(at + 1);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getSelectedItem().id()).isEqualTo(next.id());
        assertThat(detailsTitle()).isEqualTo(next.title());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailsTitle()).isEqualTo(items.get(0).title());
    }

    @Test
    void aMatrixCellFiltersTheListAndTheTimelineToItsEvents() {
        robot.clickOn("#timeline-tab-matrix");
        robot.clickOn("#matrix-TW-JP");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#timeline-tab-list");
        @SuppressWarnings("unchecked")
        TableView<CollaborationEvent> table = robot.lookup("#timeline-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(30)
                .extracting(CollaborationEvent::id).contains(LICENCE)
                .doesNotContain("evt-cn-yescarta-approval", "evt-cha-biotech-astellas-licence");
        assertThat(timeline.getItems()).extracting(TimelineItem::id).contains(LICENCE)
                .doesNotContain("evt-cn-foreign-investment-ban-lifted");
        robot.clickOn("#timeline-pair-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSizeGreaterThan(50);
    }

    private boolean timelineShows(String id) {
        return timeline.getItems().stream().anyMatch(item -> item.id().equals(id));
    }

    @Test
    void aDeletedEventComesBackWithCtrlZ() throws Exception {
        clickOnItem(LICENCE);
        robot.clickOn("#timeline-delete");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !timelineShows(LICENCE));
        assertThat(robot.lookup("#timeline-notice").queryAs(Label.class).getText()).startsWith("Deleted");
        robot.interact(timeline::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> timeline.getSelectedItem() != null && timeline.getSelectedItem().id().equals(LICENCE));
        assertThat(timelineShows(LICENCE)).isTrue();
    }

    @Test
    void theEventFormNamesWhatIsMissingThenSavesAValidEvent() throws Exception {
        robot.clickOn("#timeline-add");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#timeline-event-form #formErrors").queryAs(Label.class);
        Button save = robot.lookup("#timeline-event-form #formSave").queryButton();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("Title:").contains("Parties:").contains("Date:");
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#timeline-form-title").write("Kobe regenerative medicine MOU");
        robot.interact(() -> robot.lookup("#timeline-form-type").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(org.cgtatlas.domain.EventType.MOU));
        robot.clickOn("#timeline-form-date").write("2025-13");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).isTrue();
        assertThat(error.getText()).contains("2025-13").doesNotContain("Title:");

        robot.interact(() -> robot.lookup("#timeline-form-date").queryAs(javafx.scene.control.TextField.class)
                .setText("2025-06"));
        robot.clickOn("#timeline-form-party-search").write("DuoGenic");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#timeline-form-parties .check-box").queryAll().iterator().next());
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> timeline.getSelectedItem() != null
                && timeline.getSelectedItem().title().equals("Kobe regenerative medicine MOU"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEmpty();
        assertThat(robot.lookup("#timeline-event-form").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailsTitle()).isEqualTo("Kobe regenerative medicine MOU");
        assertThat(timeline.getSelectedItem().span()).isTrue();
    }

    @Test
    void aMissingOrganizationIsAddedFromTheEventFormAndTickedAsAParty() throws Exception {
        robot.clickOn("#timeline-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#timeline-form-title").write("Kobe Cell Works cell therapy MOU");
        robot.interact(() -> robot.lookup("#timeline-form-type").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(org.cgtatlas.domain.EventType.MOU));
        robot.clickOn("#timeline-form-date").write("2025-06");
        robot.clickOn("#timeline-form-party-search").write("Kobe Cell");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Organization> parties = robot.lookup("#timeline-form-parties").queryAs(ListView.class);
        assertThat(parties.getItems()).as("not offered before it is added").isEmpty();

        robot.clickOn("#timeline-form-new-organization");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#organizationForm #formName").tryQuery().isPresent());
        robot.clickOn("#organizationForm #formName").write("Kobe Cell Works");
        robot.clickOn(robot.lookup("#organizationForm #formSave").queryButton());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#organizationForm").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(parties.getItems()).extracting(Organization::name).contains("Kobe Cell Works");
        Label error = robot.lookup("#timeline-event-form #formErrors").queryAs(Label.class);
        assertThat(error.getText()).as("the new organization is ticked as a party").doesNotContain("Parties:");
        robot.clickOn(robot.lookup("#timeline-event-form #formSave").queryButton());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> timeline.getSelectedItem() != null
                && timeline.getSelectedItem().title().equals("Kobe Cell Works cell therapy MOU"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#timeline-details .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(shown).as("the event was stored with the stored organization as its party")
                .anyMatch(text -> text.contains("Kobe Cell Works"));
    }

    @Test
    void anEventSavedWithoutASourceIsMarkedUntilOneIsAddedByEditingIt() throws Exception {
        robot.clickOn("#timeline-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#timeline-form-title").write("Unsourced Osaka MOU");
        robot.interact(() -> robot.lookup("#timeline-form-type").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(org.cgtatlas.domain.EventType.MOU));
        robot.clickOn("#timeline-form-date").write("2025-06");
        robot.clickOn("#timeline-form-party-search").write("DuoGenic");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#timeline-form-parties .check-box").queryAll().iterator().next());
        robot.clickOn(robot.lookup("#timeline-event-form #formSave").queryButton());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> timeline.getSelectedItem() != null
                && timeline.getSelectedItem().title().equals("Unsourced Osaka MOU"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#timeline-details #noSourceGiven").tryQuery()).isPresent();
        assertThat(timeline.getSelectedItem().tooltip()).endsWith("(no source given)");
        assertThat(robot.lookup("#timeline-table .no-source-mark").queryAllAs(Label.class)).singleElement()
                .satisfies(mark -> assertThat(((javafx.scene.control.TableCell<?, ?>) mark.getParent()).getText())
                        .isEqualTo("Unsourced Osaka MOU"));

        robot.clickOn("#timeline-edit");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#formSourceAdd").tryQuery().isPresent());
        Node addSource = robot.lookup("#formSourceAdd").query();
        robot.interact(() -> ScrollIntoView.reveal(addSource));
        robot.clickOn(addSource);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#sourceTitle").tryQuery().isPresent());
        robot.clickOn("#sourceTitle").write("Osaka prefecture press release");
        robot.clickOn(robot.lookup("#analystSourceForm #formSave").queryButton());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#analystSourceForm").tryQuery().isEmpty());
        robot.clickOn(robot.lookup("#timeline-event-form #formSave").queryButton());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#timeline-event-form").tryQuery().isEmpty()
                && robot.lookup("#timeline-details .show-analyst-source").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#timeline-details #noSourceGiven").tryQuery()).isEmpty();
        assertThat(robot.lookup("#timeline-details .analyst-source-text").queryAs(Label.class).getText())
                .isEqualTo("Analyst’s source: Osaka prefecture press release · accessed " + java.time.LocalDate.now());
        assertThat(robot.lookup("#timeline-table .no-source-mark").tryQuery()).isEmpty();
    }
}
