package org.cgtatlas.core.db;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words what H2 refused ("Value too long for column \"NAME CHARACTER VARYING(200)\"…") as a sentence for the user. */
final class StorageRefusal {

    private static final int VALUE_TOO_LONG = 22001;
    private static final int DUPLICATE_KEY = 23505;
    private static final int STILL_REFERENCED = 23503;
    private static final int REFERENCE_MISSING = 23506;
    private static final Pattern COLUMN = Pattern.compile("column \"(\\w+) [^\"(]*\\((\\d+)\\)\"");

    private StorageRefusal() {
    }

    static String describe(SQLException e) {
        String unsaved = " Nothing was saved.";
        return switch (e.getErrorCode()) {
            case VALUE_TOO_LONG -> tooLong(String.valueOf(e.getMessage())) + unsaved;
            case DUPLICATE_KEY -> "A record with the same name or id is already stored." + unsaved;
            case STILL_REFERENCED, REFERENCE_MISSING ->
                    "This record is linked to others (or to one that no longer exists), so it cannot be changed this way." + unsaved;
            default -> "The database could not complete this (error " + e.getErrorCode() + ")." + unsaved;
        };
    }

    private static String tooLong(String message) {
        Matcher column = COLUMN.matcher(message);
        if (!column.find()) {
            return "A text is longer than the database can store.";
        }
        String field = column.group(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return "The " + field + " is too long: at most " + column.group(2) + " characters can be stored.";
    }
}
