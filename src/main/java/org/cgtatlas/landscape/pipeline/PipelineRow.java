package org.cgtatlas.landscape.pipeline;

import java.util.List;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.landscape.SearchText;

/**
 * One line of the pipeline table: a programme, or a company a source lists without naming a programme
 * ({@link #programme()} null). Cell texts are never null; {@code searchText} is every field folded by
 * {@link org.cgtatlas.landscape.SearchText}, computed once so that filtering 100,000 rows stays a plain loop.
 */
public record PipelineRow(String id, Programme programme, Organization organization, String organizationId,
                          List<Citation> citations,
                          String company, String countryCode, String country, String programmeName, Modality modality,
                          String indication, DevelopmentStage stage, String stageOrStatus, String partners,
                          OrganizationType organizationType, Provenance provenance, String lastUpdated, String source,
                          String searchText) {

    public PipelineRow {
        citations = List.copyOf(citations);
    }

    /** True for a company listed without a named programme. */
    public boolean isListing() {
        return programme == null;
    }

    /** A programme an analyst saved with neither a bundled citation nor a source of their own. */
    public boolean hasNoSource() {
        return programme != null && programme.hasNoSource();
    }

    /** The analyst's own sources of the programme (a listing has none). */
    public List<AnalystSource> analystSources() {
        return programme == null ? List.of() : programme.analystSources();
    }

    public String modalityLabel() {
        return modality == null ? "" : modality.label();
    }
}
