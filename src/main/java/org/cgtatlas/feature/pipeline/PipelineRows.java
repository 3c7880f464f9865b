package org.cgtatlas.feature.pipeline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Country;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.PipelineListing;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;

/** Turns the stored programmes and pipeline listings into table rows, by company and then programme. */
public final class PipelineRows {

    private static final DateTimeFormatter EDITED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Comparator<PipelineRow> DEFAULT_ORDER = Comparator
            .comparing(PipelineRow::company, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PipelineRow::programmeName, String.CASE_INSENSITIVE_ORDER);

    private final Map<String, Organization> organizations;
    private final Map<String, Country> countries;
    private final Map<String, String> sourceTitles;

    private PipelineRows(PipelineData data) {
        this.organizations = byId(data.organizations(), Organization::id);
        this.countries = byId(data.countries(), Country::code);
        this.sourceTitles = data.sourceTitles();
    }

    /** Every programme, plus one row per listed company that has no programme at all. */
    public static List<PipelineRow> build(PipelineData data) {
        PipelineRows builder = new PipelineRows(data);
        List<PipelineRow> rows = new ArrayList<>(data.programmes().size() + data.listings().size());
        Set<String> withProgrammes = new HashSet<>();
        for (Programme programme : data.programmes()) {
            rows.add(builder.programmeRow(programme));
            withProgrammes.add(programme.organizationId());
        }
        for (PipelineListing listing : data.listings()) {
            if (!withProgrammes.contains(listing.organizationId())) {
                rows.add(builder.listingRow(listing));
            }
        }
        rows.sort(DEFAULT_ORDER);
        return rows;
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
        Organization organization = organizations.get(programme.organizationId());
        String countryCode = programme.countryCode() != null ? programme.countryCode()
                : organization == null ? null : organization.countryCode();
        String stageOrStatus = programme.stage() != null ? programme.stage().label() : text(programme.statusText());
        String partners = programme.partnerIds().stream().map(this::organizationName).collect(Collectors.joining(", "));
        return row(programme.id(), programme, organization, programme.organizationId(), programme.citations(),
                countryCode, text(programme.name()), stageOrStatus, partners, programme.provenance(),
                text(programme.target()), text(programme.statusText()), text(programme.description()));
    }

    private PipelineRow listingRow(PipelineListing listing) {
        Organization organization = organizations.get(listing.organizationId());
        Provenance provenance = organization == null ? listing.provenance() : organization.provenance();
        return row(listing.id(), null, organization, listing.organizationId(), listing.citations(), listing.countryCode(),
                "", "", "", provenance);
    }

    private PipelineRow row(String id, Programme programme, Organization organization, String organizationId,
                            List<Citation> citations, String countryCode, String programmeName, String stageOrStatus,
                            String partners, Provenance provenance, String... moreSearchable) {
        String company = organization == null ? organizationId : organization.name();
        Country country = countryCode == null ? null : countries.get(countryCode);
        String countryName = country == null ? text(countryCode) : country.name();
        String source = citations.stream().map(Citation::sourceId).distinct()
                .map(sourceId -> sourceTitles.getOrDefault(sourceId, sourceId)).collect(Collectors.joining("; "));
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
        return new PipelineRow(id, programme, organization, citations, company, countryCode, countryName, programmeName,
                programme == null ? null : programme.modality(), indication, programme == null ? null : programme.stage(),
                stageOrStatus, partners, organization == null ? null : organization.type(), provenance, lastUpdated,
                source, SearchText.normalize(searchable));
    }

    private String organizationName(String id) {
        Organization organization = organizations.get(id);
        return organization == null ? id : organization.name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T record : records) {
            map.put(id.apply(record), record);
        }
        return map;
    }
}
