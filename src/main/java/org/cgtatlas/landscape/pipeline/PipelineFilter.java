package org.cgtatlas.landscape.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.OrganizationType;
import org.cgtatlas.landscape.SearchText;

/**
 * The analyst's filters, all optional and combined with AND: country, modality, stage, organization type, and free
 * text. The text is split at white space and every word must occur somewhere in the row (any field, the company's
 * aliases and local name included), compared without case or diacritics; CJK words match as substrings.
 * Used by the Pipeline screen and by {@code cgt-atlas export --view pipeline} alike.
 */
public record PipelineFilter(String countryCode, Modality modality, DevelopmentStage stage,
                             OrganizationType organizationType, String text) {

    public static final PipelineFilter NONE = new PipelineFilter(null, null, null, null, "");

    public PipelineFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return countryCode == null && modality == null && stage == null && organizationType == null && text.isEmpty();
    }

    /** The rows that pass, in their order. */
    public List<PipelineRow> apply(List<PipelineRow> rows) {
        if (isEmpty()) {
            return List.copyOf(rows);
        }
        String[] words = words();
        List<PipelineRow> kept = new ArrayList<>();
        for (PipelineRow row : rows) {
            if (matches(row, words)) {
                kept.add(row);
            }
        }
        return kept;
    }

    private boolean matches(PipelineRow row, String[] words) {
        if (countryCode != null && !countryCode.equalsIgnoreCase(row.countryCode())) {
            return false;
        }
        if (modality != null && modality != row.modality()) {
            return false;
        }
        if (stage != null && stage != row.stage()) {
            return false;
        }
        if (organizationType != null && organizationType != row.organizationType()) {
            return false;
        }
        for (String word : words) {
            if (!row.searchText().contains(word)) {
                return false;
            }
        }
        return true;
    }

    private String[] words() {
        String folded = SearchText.fold(text).strip();
        return folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }

    public PipelineFilter withCountry(String code) {
        return new PipelineFilter(code, modality, stage, organizationType, text);
    }

    public PipelineFilter withModality(Modality value) {
        return new PipelineFilter(countryCode, value, stage, organizationType, text);
    }

    public PipelineFilter withStage(DevelopmentStage value) {
        return new PipelineFilter(countryCode, modality, value, organizationType, text);
    }

    public PipelineFilter withOrganizationType(OrganizationType value) {
        return new PipelineFilter(countryCode, modality, stage, value, text);
    }

    public PipelineFilter withText(String value) {
        return new PipelineFilter(countryCode, modality, stage, organizationType, value);
    }
}
