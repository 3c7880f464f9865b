package org.cgtatlas.export.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cgtatlas.domain.Modality;

/** Narrows a snapshot to one country (ISO code) and/or one modality; null means "all". */
public record ReportFilter(String countryCode, Modality modality) {

    public static final ReportFilter NONE = new ReportFilter(null, null);

    public boolean isEmpty() {
        return countryCode == null && modality == null;
    }

    public boolean acceptsCountry(String code) {
        return countryCode == null || countryCode.equalsIgnoreCase(code);
    }

    /** For the cover, e.g. "Country: Japan; modality: CAR-T", or "None (all countries and modalities)". */
    public String describe(Function<String, String> countryName) {
        if (isEmpty()) {
            return "None (all countries and modalities)";
        }
        List<String> parts = new ArrayList<>();
        if (countryCode != null) {
            parts.add("country: " + countryName.apply(countryCode));
        }
        if (modality != null) {
            parts.add("modality: " + modality.label());
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
