package org.cgtatlas.ui.history;

import java.util.Locale;

/** A logged field's name as a reader says it: the record component "statusText" reads "Status text". */
final class FieldNames {

    private FieldNames() {
    }

    static String human(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String words = field.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
