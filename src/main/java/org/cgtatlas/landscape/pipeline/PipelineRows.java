package org.cgtatlas.landscape.pipeline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.SearchText;

/**
 * The one definition of the pipeline's rows, for the screen, its CSV export (GUI and CLI) and the PDF: every
 * programme, and every company a source lists for a country's pipeline without naming a programme there.
 * A programme's country is its own, else its company's. Rows come by company and then programme.
 */
public final class PipelineRows {

    private static final DateTimeFormatter EDITED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Comparator<PipelineRow> DEFAULT_ORDER = Comparator
            .comparing(PipelineRow::company, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PipelineRow::programmeName, String.CASE_INSENSITIVE_ORDER);

    private final Landscape landscape;

    private PipelineRows(Landscape landscape) {
        this.landscape = landscape;
    }

    /** The rows of the snapshot, built once per snapshot. */
    public static List<PipelineRow> of(Landscape landscape) {
        return landscape.projection(PipelineRows.class, PipelineRows::build);
    }

    /** Every programme, plus one row per listed company without a programme in the listing's country. */
    static List<PipelineRow> build(Landscape landscape) {
        PipelineRows builder = new PipelineRows(landscape);
        List<PipelineRow> rows = new ArrayList<>(landscape.programmes().size() + landscape.pipelineListings().size());
        Set<List<String>> withProgrammes = new HashSet<>();
        for (Programme programme : landscape.programmes()) {
            PipelineRow row = builder.programmeRow(programme);
            rows.add(row);
            withProgrammes.add(Arrays.asList(programme.organizationId(), row.countryCode()));
        }
        for (PipelineListing listing : landscape.pipelineListings()) {
            if (!withProgrammes.contains(Arrays.asList(listing.organizationId(), listing.countryCode()))) {
                rows.add(builder.listingRow(listing));
            }
        }
        rows.sort(DEFAULT_ORDER);
        return List.copyOf(rows);
    }

    /**
     * "Phase 2 — enrolling" from a stage and a status that adds to it; the status alone when it starts with the
     * stage's words or there is no stage; empty when neither is known.
     */
    public static String stageOrStatus(DevelopmentStage stage, String status) {
        String stated = status == null ? "" : status.strip();
        if (stage == null) {
            return stated;
        }
        if (stated.isEmpty()) {
            return stage.label();
        }
        return stated.toLowerCase(Locale.ROOT).startsWith(stage.label().toLowerCase(Locale.ROOT)) ? stated
                : stage.label() + " — " + stated;
    }

    /** "user · 2026-11-23 09:41" for an edited record, "Bundled dataset" otherwise. */
    public static String lastUpdated(Provenance provenance) {
        if (provenance == null || provenance.updatedAt() == null) {
            return Messages.get("pipeline.updated.bundled");
        }
        String when = provenance.updatedAt().atZoneSameInstant(ZoneId.systemDefault()).format(EDITED_AT);
        return Objects.requireNonNullElse(provenance.updatedBy(), "") + " · " + when;
    }

    private PipelineRow programmeRow(Programme programme) {
        Organization organization = landscape.organization(programme.organizationId()).orElse(null);
        String countryCode = programme.countryCode() != null ? programme.countryCode()
                : organization == null ? null : organization.countryCode();
        String stageOrStatus = stageOrStatus(programme.stage(), programme.statusText());
        String partners = programme.partnerIds().stream().map(landscape::organizationName).collect(Collectors.joining(", "));
        return row(programme.id(), programme, organization, programme.organizationId(), programme.citations(),
                countryCode, text(programme.name()), stageOrStatus, partners, programme.provenance(),
                text(programme.target()), text(programme.statusText()), text(programme.description()));
    }

    private PipelineRow listingRow(PipelineListing listing) {
        Organization organization = landscape.organization(listing.organizationId()).orElse(null);
        Provenance provenance = organization == null ? listing.provenance() : organization.provenance();
        return row(listing.id(), null, organization, listing.organizationId(), listing.citations(), listing.countryCode(),
                "", "", "", provenance);
    }

    private PipelineRow row(String id, Programme programme, Organization organization, String organizationId,
                            List<Citation> citations, String countryCode, String programmeName, String stageOrStatus,
                            String partners, Provenance provenance, String... moreSearchable) {
        String company = organization == null ? organizationId : organization.name();
        Country country = landscape.country(countryCode).orElse(null);
        String countryName = country == null ? text(countryCode) : country.name();
        String source = sourceText(programme, citations);
        String indication = programme == null ? "" : text(programme.indication());
        String lastUpdated = lastUpdated(provenance);
        Stream<String> organizationTexts = organization == null ? Stream.empty()
                : Stream.concat(Stream.of(organization.localName(), organization.type() == null ? null : organization.type().label()),
                organization.aliases().stream());
        Stream<String> countryTexts = country == null ? Stream.empty() : Stream.of(country.code(), country.localName());
        String modalityLabel = programme == null || programme.modality() == null ? "" : programme.modality().label();
        String searchable = Stream.of(Stream.of(company, countryName, programmeName, modalityLabel, indication,
                                stageOrStatus, partners, lastUpdated, source), Stream.of(moreSearchable),
                        organizationTexts, countryTexts)
                .flatMap(Function.identity())
                .filter(value -> value != null && !value.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().collect(Collectors.joining("\n"));
        return new PipelineRow(id, programme, organization, organizationId, citations, company, countryCode, countryName, programmeName,
                programme == null ? null : programme.modality(), indication, programme == null ? null : programme.stage(),
                stageOrStatus, partners, organization == null ? null : organization.type(), provenance, lastUpdated,
                source, SearchText.fold(searchable));
    }

    /**
     * The titles of the bundled sources cited, then the analyst's own sources; "no source given" for a programme
     * that has neither.
     */
    private String sourceText(Programme programme, List<Citation> citations) {
        if (programme != null && programme.hasNoSource()) {
            return Messages.get("source.none");
        }
        Stream<String> analysts = programme == null ? Stream.empty()
                : programme.analystSources().stream().map(AnalystSource::citationText);
        return Stream.concat(citations.stream().map(Citation::sourceId).distinct().map(landscape::sourceTitle), analysts)
                .collect(Collectors.joining("; "));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
