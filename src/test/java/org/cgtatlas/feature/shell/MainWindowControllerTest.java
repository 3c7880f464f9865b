package org.cgtatlas.feature.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.CurrentThreadTaskExecutor;
import org.cgtatlas.core.concurrent.Lane;
import org.cgtatlas.ui.navigation.ScreenId;
import org.cgtatlas.ui.navigation.SearchHit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The global search without the toolkit or a database: what it looks through is read per revision, then searched. */
class MainWindowControllerTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final MainWindowModel model = new MainWindowModel();
    private final DataRevision revision = new DataRevision();
    private final List<String> stored = new ArrayList<>(List.of("Cartistem", "Kymriah"));
    private int reads;
    private MainWindowController controller;

    @BeforeEach
    void open() {
        controller = new MainWindowController(model, tasks, () -> { });
        controller.addSearchSource(() -> {
            reads++;
            List<String> titles = List.copyOf(stored);
            return (query, limit) -> titles.stream().filter(title -> title.toLowerCase().contains(query.toLowerCase()))
                    .limit(limit).map(title -> new SearchHit(title, "programme", ScreenId.PIPELINE, () -> { })).toList();
        });
        controller.follow(revision);
        tasks.forget();
    }

    private List<String> titles() {
        return model.searchResults().stream().map(SearchHit::title).toList();
    }

    @Test
    void typingSearchesOnceItPausesOnTheComputePoolWithoutReadingAgain() {
        controller.search("k");
        controller.search("ky");
        controller.search("kym");
        assertThat(titles()).isEmpty();

        tasks.advance(MainWindowController.TYPING_PAUSE);

        assertThat(titles()).containsExactly("Kymriah");
        assertThat(tasks.ran()).containsExactly("COMPUTE Searching");
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void anEmptyQueryClearsTheHitsAndDropsThePendingSearch() {
        controller.search("cart");
        tasks.advance(MainWindowController.TYPING_PAUSE);
        controller.search("kym");
        controller.search("  ");
        tasks.advance(MainWindowController.TYPING_PAUSE);

        assertThat(titles()).isEmpty();
        assertThat(tasks.ranOn(Lane.COMPUTE)).isEqualTo(1);
    }

    @Test
    void aDataChangeIsReadOnceAndTheShownQueryIsAnsweredAgain() {
        controller.search("car");
        tasks.advance(MainWindowController.TYPING_PAUSE);
        assertThat(titles()).containsExactly("Cartistem");

        stored.add("Carvykti");
        revision.changed();

        assertThat(reads).isEqualTo(2);
        assertThat(titles()).containsExactly("Cartistem", "Carvykti");
        assertThat(tasks.ran()).containsExactly("COMPUTE Searching", "DATABASE Reading what the search looks through",
                "COMPUTE Searching");
    }

    @Test
    void theScreensAreFoundByName() {
        controller.searchNow("pipe");

        assertThat(titles()).contains("Pipeline");
    }

    @Test
    void searchNowDoesNotWaitForTheTypingPause() {
        controller.searchNow("kym");

        assertThat(titles()).containsExactly("Kymriah");
        tasks.advance(Duration.ofSeconds(1));
        assertThat(tasks.ranOn(Lane.COMPUTE)).isEqualTo(1);
    }

    @Test
    void aSearchWithoutHitsIsToldFromOneNotYetAnswered() {
        controller.search("zqxjv");
        assertThat(model.searchedForProperty().get()).as("still waiting for the pause").isEmpty();

        tasks.advance(MainWindowController.TYPING_PAUSE);

        assertThat(titles()).isEmpty();
        assertThat(model.searchedForProperty().get()).isEqualTo("zqxjv");
        controller.search("");
        assertThat(model.searchedForProperty().get()).isEmpty();
    }
}
