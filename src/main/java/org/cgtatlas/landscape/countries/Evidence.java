package org.cgtatlas.landscape.countries;

import java.util.List;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Inference;

/**
 * One fact behind a comparison cell: what it says, a note, the passages it is quoted from, the fields of it the
 * curator inferred rather than found stated, and the id of the reported figure it is (null for any other fact), whose
 * logged history a reader can open.
 */
public record Evidence(String label, String note, List<Citation> citations, List<Inference> inferred, String metricId) {

    public Evidence {
        citations = citations == null ? List.of() : List.copyOf(citations);
        inferred = inferred == null ? List.of() : List.copyOf(inferred);
    }

    public Evidence(String label, String note, List<Citation> citations, List<Inference> inferred) {
        this(label, note, citations, inferred, null);
    }

    public Evidence(String label, String note, List<Citation> citations) {
        this(label, note, citations, List.of());
    }

    /** All of this fact's inferences as one marker ("date: …; countryCode: …"), or null when every field is stated. */
    public Inference combinedInference() {
        if (inferred.isEmpty()) {
            return null;
        }
        return new Inference(String.join(", ", inferred.stream().map(Inference::field).toList()),
                String.join("; ", inferred.stream().map(inference -> inference.fieldLabel() + ": " + inference.reason()).toList()));
    }
}
