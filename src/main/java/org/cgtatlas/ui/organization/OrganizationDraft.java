package org.cgtatlas.ui.organization;

import java.util.List;
import org.cgtatlas.domain.OrganizationType;

/** What the organization form holds; {@code countryCode} null where the sources do not state one. */
public record OrganizationDraft(String name, String localName, List<String> aliases, String countryCode,
                                OrganizationType type, String description) {

    public OrganizationDraft {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
