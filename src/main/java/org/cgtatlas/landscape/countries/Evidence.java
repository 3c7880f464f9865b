package org.cgtatlas.landscape.countries;

import java.util.List;
import org.cgtatlas.domain.Citation;

/** One fact behind a comparison cell: what it says, a note, and the passages it is quoted from. */
public record Evidence(String label, String note, List<Citation> citations) {

    public Evidence {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
