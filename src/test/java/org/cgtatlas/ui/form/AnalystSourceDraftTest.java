package org.cgtatlas.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.ui.form.AnalystSourceDraft.Field;
import org.junit.jupiter.api.Test;

class AnalystSourceDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static AnalystSourceDraft draft(String url, String title, String publishedOn, String accessedOn) {
        return new AnalystSourceDraft(url, title, "Nikkei Asia", publishedOn, "", accessedOn);
    }

    @Test
    void aNewSourceWasReadTodayAndNeedsAnAddressOrATitle() {
        AnalystSourceDraft fresh = AnalystSourceDraft.readOn(TODAY);

        assertThat(fresh.accessedOn()).isEqualTo("2026-12-03");
        assertThat(fresh.problems(TODAY)).containsOnlyKeys(Field.TITLE);
        assertThat(fresh.problems(TODAY).get(Field.TITLE)).isEqualTo("Give the web address or the document’s title.");
    }

    @Test
    void onlyHttpAndHttpsAddressesWithASiteAreWebAddresses() {
        assertThat(draft("https://asia.nikkei.com/a", "", "", "2026-12-01").problems(TODAY)).isEmpty();
        assertThat(draft("http://example.org", "", "", "2026-12-01").problems(TODAY)).isEmpty();
        for (String bad : new String[] {"ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "www.example.com",
                "https://", "https://exa mple.com"}) {
            assertThat(draft(bad, "A title", "", "2026-12-01").problems(TODAY)).as(bad).containsOnlyKeys(Field.URL);
        }
        assertThat(draft("ftp://example.org/x", "", "", "2026-12-01").problems(TODAY).get(Field.URL))
                .isEqualTo("‘ftp://example.org/x’ is not a web address: it must start with http:// or https:// and name a site.");
    }

    @Test
    void datesAreCheckedForFormExistenceTheFutureAndOrder() {
        assertThat(draft("", "Report", "2026-13", "2026-12-01").problems(TODAY).get(Field.PUBLISHED_ON))
                .isEqualTo("‘2026-13’ is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.");
        assertThat(draft("", "Report", "2027", "2026-12-01").problems(TODAY).get(Field.PUBLISHED_ON))
                .isEqualTo("2027 lies in the future.");
        assertThat(draft("", "Report", "", "2026-02-30").problems(TODAY).get(Field.ACCESSED_ON))
                .isEqualTo("‘2026-02-30’: no such day.");
        assertThat(draft("", "Report", "", "3 Dec 2026").problems(TODAY).get(Field.ACCESSED_ON))
                .isEqualTo("‘3 Dec 2026’ is not of the form YYYY-MM-DD.");
        assertThat(draft("", "Report", "", "2026-12-04").problems(TODAY).get(Field.ACCESSED_ON))
                .isEqualTo("2026-12-04 lies in the future.");
        assertThat(draft("", "Report", "2026-11", "2026-10-31").problems(TODAY).get(Field.ACCESSED_ON))
                .isEqualTo("Read on 2026-10-31, before it was published (2026-11).");
        assertThat(draft("", "Report", "", " ").problems(TODAY)).containsOnlyKeys(Field.ACCESSED_ON);
    }

    @Test
    void aLongerValueThanTheDatabaseKeepsIsRefusedWithTheLimit() {
        AnalystSourceDraft draft = new AnalystSourceDraft("", "Report", "x".repeat(301), "", "", "2026-12-01");

        assertThat(draft.problems(TODAY)).containsEntry(Field.PUBLISHER, "Too long: 301 characters, at most 300.");
    }

    @Test
    void theSourceKeepsWhatWasTypedTrimmedAndEmptyFieldsAsNothing() {
        AnalystSource source = new AnalystSourceDraft(" https://asia.nikkei.com/a ", "", " Nikkei Asia ", "2026-11",
                " “GC Cell files…” ", "2026-12-01").toSource();

        assertThat(source).isEqualTo(new AnalystSource("https://asia.nikkei.com/a", null, "Nikkei Asia",
                PartialDate.ofMonth(2026, 11), "“GC Cell files…”", LocalDate.of(2026, 12, 1)));
        assertThat(AnalystSourceDraft.of(source).toSource()).isEqualTo(source);
    }
}
