package org.cgtatlas.export.pdf;

import java.util.ArrayList;
import java.util.List;
import org.cgtatlas.domain.RegistryTrialCounts;
import org.cgtatlas.domain.TrialCountryCounts;

/** A count of registry trials for a country and a modality, as the Trials screen classifies them. */
public record TrialFigure(String countryCode, String modality, long trials) {

    /** The CGT trials counted per country and modality in the imported registry data. */
    public static List<TrialFigure> from(RegistryTrialCounts counts) {
        List<TrialFigure> figures = new ArrayList<>();
        for (TrialCountryCounts country : counts.countries()) {
            country.byModality().forEach((modality, trials) ->
                    figures.add(new TrialFigure(country.countryCode(), modality.label(), trials)));
        }
        return figures;
    }
}
