package org.cgtatlas.export.pdf;

/** A count of registry trials for a country and a modality, as the Trials screen classifies them. */
public record TrialFigure(String countryCode, String modality, long trials) {
}
