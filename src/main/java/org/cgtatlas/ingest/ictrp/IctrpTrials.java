package org.cgtatlas.ingest.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cgtatlas.domain.IctrpTrial;
import org.cgtatlas.ingest.clinicaltrials.CountryMatcher;

/** Turns a record of an ICTRP export into an {@link IctrpTrial}, noting the countries it could not match. */
final class IctrpTrials {

    private final CountryMatcher countries;

    IctrpTrials(CountryMatcher countries) {
        this.countries = countries;
    }

    /** A record read, with the {@code Countries} entries that name no known country. */
    record Read(IctrpTrial trial, List<String> unrecognisedCountries) {
    }

    Read read(IctrpRow row) {
        String register = IctrpValues.text(row.value(IctrpField.SOURCE_REGISTER));
        String countriesText = IctrpValues.text(row.value(IctrpField.COUNTRIES));
        List<String> unrecognised = new ArrayList<>(0);
        Set<String> codes = IctrpValues.countries(row.value(IctrpField.COUNTRIES), countries, unrecognised);
        boolean inferred = false;
        if (countriesText.isEmpty()) {
            String home = IctrpValues.homeCountry(register);
            if (home != null) {
                codes = Set.of(home);
                inferred = true;
            }
        }
        String phase = row.value(IctrpField.PHASE).strip();
        IctrpTrial trial = new IctrpTrial(
                IctrpValues.text(row.value(IctrpField.TRIAL_ID)),
                register,
                IctrpValues.ids(row.value(IctrpField.SECONDARY_ID)),
                IctrpValues.text(row.value(IctrpField.PUBLIC_TITLE)),
                IctrpValues.text(row.value(IctrpField.SCIENTIFIC_TITLE)),
                IctrpValues.text(row.value(IctrpField.PRIMARY_SPONSOR)),
                IctrpValues.status(row.value(IctrpField.RECRUITMENT_STATUS)),
                IctrpValues.phases(phase),
                phase,
                IctrpValues.list(row.value(IctrpField.CONDITION)),
                IctrpValues.text(row.value(IctrpField.INTERVENTION)),
                codes,
                inferred,
                countriesText,
                IctrpValues.registrationDate(row.value(IctrpField.DATE_REGISTRATION3), row.value(IctrpField.DATE_REGISTRATION)),
                IctrpValues.date(row.value(IctrpField.DATE_ENROLMENT)),
                IctrpValues.targetSize(row.value(IctrpField.TARGET_SIZE)),
                IctrpValues.text(row.value(IctrpField.WEB_ADDRESS)));
        return new Read(trial, unrecognised);
    }
}
