package org.cgtatlas.ingest.ictrp;

import java.util.Locale;

/**
 * The ICTRP export fields the importer reads. The XML export names them {@code Source_Register}, the CSV export
 * {@code Source Register}; both are matched by their letters and digits alone, ignoring case.
 */
enum IctrpField {
    TRIAL_ID("TrialID"),
    SECONDARY_ID("Secondary_ID", "Secondary_IDs", "Secondary ID"),
    PUBLIC_TITLE("Public_title"),
    SCIENTIFIC_TITLE("Scientific_title"),
    PRIMARY_SPONSOR("Primary_sponsor"),
    DATE_REGISTRATION("Date_registration"),
    DATE_REGISTRATION3("Date_registration3"),
    EXPORT_DATE("Export_date"),
    SOURCE_REGISTER("Source_Register"),
    WEB_ADDRESS("web_address"),
    RECRUITMENT_STATUS("Recruitment_Status"),
    DATE_ENROLMENT("Date_enrollement", "Date_enrolment", "Date_enrollment"),
    TARGET_SIZE("Target_size"),
    PHASE("Phase"),
    COUNTRIES("Countries"),
    CONDITION("Condition"),
    INTERVENTION("Intervention");

    private final String[] names;

    IctrpField(String... names) {
        this.names = names;
    }

    /** The field an XML element or CSV column of this name holds, or null for one the importer does not read. */
    static IctrpField named(String name) {
        String key = key(name);
        for (IctrpField field : values()) {
            for (String known : field.names) {
                if (key(known).equals(key)) {
                    return field;
                }
            }
        }
        return null;
    }

    String displayName() {
        return names[0];
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
