package org.cgtatlas.domain;

import java.util.Locale;
import java.util.Optional;

/** The kind of cell or gene therapy, shared by pipeline programmes and classified registry trials. */
public enum Modality {
    CAR_T("CAR-T"),
    CAR_NK("CAR-NK"),
    TCR_T("TCR-T"),
    NK("NK cell"),
    OTHER_IMMUNE_CELL("Other immune cell"),
    IPSC_DERIVED("iPSC-derived"),
    MSC("MSC / stem cell"),
    STEM_CELL_OTHER("Other stem cell"),
    AAV_GENE_THERAPY("AAV gene therapy"),
    VIRAL_VECTOR_GENE_THERAPY("Lentiviral / retroviral gene therapy"),
    GENE_EDITING("Gene editing"),
    MRNA_CELL_THERAPY("mRNA-based cell therapy"),
    EXOSOME_EV("Exosome / EV"),
    GENE_THERAPY_OTHER("Other gene therapy"),
    CELL_THERAPY_OTHER("Other cell therapy"),
    PLATFORM("Platform / technology");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the enum name ("CAR_T") or the label ("CAR-T"), case-insensitively. */
    public static Optional<Modality> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (Modality modality : values()) {
            if (modality.name().equalsIgnoreCase(wanted) || modality.label.equalsIgnoreCase(wanted)
                    || modality.name().replace('_', '-').equalsIgnoreCase(wanted)) {
                return Optional.of(modality);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
