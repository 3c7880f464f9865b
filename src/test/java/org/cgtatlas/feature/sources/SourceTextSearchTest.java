package org.cgtatlas.feature.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cgtatlas.domain.Source;
import org.junit.jupiter.api.Test;

class SourceTextSearchTest {

    private final Source ebook = new Source("s1", "eBook", null, null, "en", null, null,
            "Cell & Gene Therapy East Asia 2025 at Songdo Convensia, Incheon, South Korea.");
    private final Source japanese = new Source("s2", "MOU", null, null, "ja", null, null, "日本再生医療学会はISEVと覚書を締結");

    @Test
    void findsAPhraseIgnoringCaseAndReturnsTheOriginalCharacters() {
        List<SourceTextSearch.Match> matches = SourceTextSearch.search(List.of(ebook, japanese), "songdo CONVENSIA", 10);
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.source()).isEqualTo(ebook);
            assertThat(match.matchedText()).isEqualTo("Songdo Convensia");
            assertThat(match.context()).contains("Incheon");
        });
    }

    @Test
    void findsJapaneseText() {
        assertThat(SourceTextSearch.search(List.of(ebook, japanese), "覚書", 10))
                .extracting(SourceTextSearch.Match::source).containsExactly(japanese);
    }

    @Test
    void aBlankQueryOrALimitOfZeroFindsNothing() {
        assertThat(SourceTextSearch.search(List.of(ebook), "  ", 10)).isEmpty();
        assertThat(SourceTextSearch.search(List.of(ebook), "Songdo", 0)).isEmpty();
    }
}
