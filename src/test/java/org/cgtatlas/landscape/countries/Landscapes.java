package org.cgtatlas.landscape.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.MetricKind;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.Qualifier;
import org.cgtatlas.domain.Source;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.dataset.DatasetReader;
import org.cgtatlas.landscape.Landscape;

/** Test data: the bundled dataset as a snapshot, and small hand-made records. */
public final class Landscapes {

    public static final Country JAPAN = new Country("JP", "Japan", "日本", true);
    public static final Country KOREA = new Country("KR", "South Korea", "대한민국", true);
    public static final Country USA = new Country("US", "United States", "United States", false);

    private Landscapes() {
    }

    public static Dataset bundledDataset() {
        try (InputStream in = Landscapes.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            return new DatasetReader().read(in, "east-asia-cgt.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Landscape bundled() {
        return Landscape.of(bundledDataset());
    }

    public static Landscape of(List<CountryMetric> metrics, List<Milestone> milestones, List<Programme> programmes,
                               List<CollaborationEvent> events) {
        return Landscape.of(new Dataset(Dataset.FORMAT, Dataset.FORMAT_VERSION, null, PartialDate.parse("2026-03-05"),
                List.of(new Source("src-a", "Source A", null, null, null, null, null, "")), List.of(JAPAN, KOREA, USA),
                List.of(), metrics, milestones, List.of(), programmes, events, List.of()));
    }

    public static CountryMetric metric(String id, String country, MetricKind kind, int value, Qualifier qualifier,
                                       String wording, String unit, String asOf) {
        return new CountryMetric(id, country, kind, BigDecimal.valueOf(value), null, qualifier, wording, unit,
                PartialDate.parseOptional(asOf), "note of " + id, List.of(cite(id)), Provenance.BUNDLED);
    }

    public static Milestone milestone(String id, String country, MilestoneCategory category, String title, String date) {
        return new Milestone(id, country, category, title, "about " + title, PartialDate.parseOptional(date), List.of(),
                List.of(cite(id)), Provenance.BUNDLED);
    }

    public static Programme programme(String id, String country, Modality modality) {
        return new Programme(id, id, "org-" + id, country, modality, null, null, null, null, List.of(), null,
                List.of(cite(id)), Provenance.BUNDLED);
    }

    public static CollaborationEvent event(String id, String date, String... countries) {
        return new CollaborationEvent(id, EventType.MOU, "Event " + id, PartialDate.parseOptional(date), null, List.of(),
                List.of(countries), null, null, null, null, null, List.of(cite(id)), Provenance.BUNDLED);
    }

    public static Citation cite(String id) {
        return new Citation("src-a", "quote for " + id);
    }
}
