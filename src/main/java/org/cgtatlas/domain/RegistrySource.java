package org.cgtatlas.domain;

import java.time.Instant;
import java.util.List;

/**
 * One source of the registry trials counted: ClinicalTrials.gov or WHO ICTRP, when it was last imported, the export
 * date the newest ICTRP file states (null when none does), and the registers its records come from.
 */
public record RegistrySource(String name, Instant latestImport, Instant exportedAt, List<String> registers) {

    /** WHO ICTRP's terms: its data is credited to WHO and may not be used commercially. */
    public static final String ICTRP_TERMS = "Source: WHO International Clinical Trials Registry Platform (ICTRP); "
            + "no commercial use";

    public RegistrySource {
        registers = List.copyOf(registers);
    }

    public boolean isIctrp() {
        return name.equals(TrialRegistration.WHO_ICTRP);
    }
}
