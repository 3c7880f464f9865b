package org.cgtatlas.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.domain.Programme;

/**
 * A large dataset for timing only, never stored: the bundled records repeated (with numbered names and event dates
 * spread over twelve years) up to the requested counts.
 */
final class PdfBenchData {

    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 12;

    private PdfBenchData() {
    }

    static Dataset enlarge(Dataset bundled, int programmes, int events) {
        List<Programme> manyProgrammes = new ArrayList<>(programmes);
        for (int i = 0; i < programmes; i++) {
            Programme base = bundled.programmes().get(i % bundled.programmes().size());
            manyProgrammes.add(new Programme(base.id() + "-bench-" + i, base.name() + " #" + (i + 1), base.organizationId(),
                    base.countryCode(), base.modality(), base.target(), base.indication(), base.stage(), base.statusText(),
                    base.partnerIds(), base.description(), base.citations(), base.provenance(), base.inferred()));
        }
        List<CollaborationEvent> manyEvents = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            CollaborationEvent base = bundled.events().get(i % bundled.events().size());
            PartialDate date = PartialDate.ofMonth(FIRST_YEAR + i % YEARS, 1 + (i / YEARS) % 12);
            manyEvents.add(new CollaborationEvent(base.id() + "-bench-" + i, base.type(), base.title() + " #" + (i + 1), date,
                    null, base.participants(), base.countryCodes(), base.dealValue(), base.currency(), base.place(),
                    base.description(), null, base.citations(), base.provenance(), base.inferred()));
        }
        return new Dataset(bundled.format(), bundled.formatVersion(), bundled.datasetVersion(), bundled.asOf(),
                bundled.sources(), bundled.countries(), bundled.organizations(), bundled.metrics(), bundled.milestones(),
                bundled.pipelineListings(), manyProgrammes, manyEvents, bundled.people());
    }
}
