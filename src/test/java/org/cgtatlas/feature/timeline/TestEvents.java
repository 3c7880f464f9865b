package org.cgtatlas.feature.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.EventParticipant;
import org.cgtatlas.domain.EventType;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.ingest.dataset.DatasetImporter;
import org.cgtatlas.ingest.dataset.DatasetReader;

/** Small hand-made organizations and events for the timeline's logic tests, and the bundled dataset. */
final class TestEvents {

    static final Map<String, Organization> ORGANIZATIONS = Map.of(
            "tw1", organization("tw1", "DuoGenic StemCells", "TW"),
            "tw2", organization("tw2", "Lumistar", "TW"),
            "jp1", organization("jp1", "A&I Co.", "JP"),
            "jp2", organization("jp2", "Médinet", "JP"),
            "kr1", organization("kr1", "GC Cell", "KR"),
            "x1", organization("x1", "ISCT", null));

    private TestEvents() {
    }

    static Organization organization(String id, String name, String country) {
        return new Organization(id, name, null, List.of(), country, null, null, List.of(), Provenance.BUNDLED);
    }

    static CollaborationEvent event(String id, EventType type, String date, List<String> countries, String... parties) {
        return new CollaborationEvent(id, type, "Event " + id, PartialDate.parseOptional(date), null,
                Arrays.stream(parties).map(party -> new EventParticipant(party, null)).toList(), countries, null, null,
                null, null, null, List.of(), Provenance.BUNDLED);
    }

    static EventCountries lookup() {
        return new EventCountries(ORGANIZATIONS);
    }

    static Dataset bundled() {
        try (InputStream in = TestEvents.class.getResourceAsStream(DatasetImporter.BUNDLE_RESOURCE)) {
            return new DatasetReader().read(in, "east-asia-cgt.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventCountries lookup(Dataset dataset) {
        return new EventCountries(dataset.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity())));
    }
}
