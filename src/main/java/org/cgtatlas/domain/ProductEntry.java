package org.cgtatlas.domain;

import java.util.List;

/**
 * A cell or gene therapy product the trial classifier knows by name: a trial whose interventions or titles name it
 * (or one of its brand names, INNs or codes) is of its modality.
 *
 * @param id        a stable key, e.g. {@code cartistem}
 * @param aliases   brand names, INNs and development codes, matched whole-word and case-insensitively
 * @param country   ISO code of the developer's home country or region
 * @param reference a public reference for the product and its modality
 */
public record ProductEntry(String id, String name, List<String> aliases, Modality modality, String developer,
                           String country, String reference) {

    public ProductEntry {
        aliases = List.copyOf(aliases);
    }
}
