package org.cgtatlas.landscape.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.dataset.DatasetReader;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.Region;
import org.cgtatlas.landscape.timeline.EventCountries;

/** Small hand-made organizations and events for the timeline's logic tests, and the bundled dataset. */
public final class TestEvents {

    public static final Map<String, Organization> ORGANIZATIONS = Map.of(
            "tw1", organization("tw1", "DuoGenic StemCells", "TW"),
            "tw2", organization("tw2", "Lumistar", "TW"),
            "jp1", organization("jp1", "A&I Co.", "JP"),
            "jp2", organization("jp2", "Médinet", "JP"),
            "kr1", organization("kr1", "GC Cell", "KR"),
            "x1", organization("x1", "ISCT", null));

    private TestEvents() {
    }

    public static Organization organization(String id, String name, String country) {
        return new Organization(id, name, null, List.of(), country, null, null, List.of(), Provenance.BUNDLED);
    }

    public static CollaborationEvent event(String id, EventType type, String date, List<String> countries, String... parties) {
        return new CollaborationEvent(id, type, "Event " + id, PartialDate.parseOptional(date), null,
                Arrays.stream(parties).map(party -> new EventParticipant(party, null)).toList(), countries, null, null,
                null, null, null, List.of(), Provenance.BUNDLED);
    }

    /** China, Japan, South Korea and Taiwan, as the bundled country table marks them. */
    public static final Region REGION = Region.of(List.of(new Country("CN", "China", "中国", true),
            new Country("JP", "Japan", "日本", true), new Country("KR", "South Korea", "대한민국", true),
            new Country("TW", "Taiwan", "臺灣", true), new Country("DE", "Germany", "Deutschland", false)));

    public static EventCountries lookup() {
        return new EventCountries(ORGANIZATIONS, REGION);
    }

    public static Dataset bundled() {
        try (InputStream in = TestEvents.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            return new DatasetReader().read(in, "east-asia-cgt.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventCountries lookup(Dataset dataset) {
        return EventCountries.of(Landscape.of(dataset));
    }
}
