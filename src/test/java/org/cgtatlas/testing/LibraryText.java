package org.cgtatlas.testing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks of text a user should never read in a message: a stack trace, a Java class name, or a library's own words
 * (Jackson's "[Source: REDACTED…", "(code 125)", H2's "[22001-224]" and "SQL statement", Flyway's migration talk).
 */
public final class LibraryText {

    private static final List<Pattern> MARKS = List.of(
            Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\("),
            Pattern.compile("\\b(java|javax|com|org|de)\\.[a-z]+\\.[\\w.]*[A-Z]\\w*"),
            Pattern.compile("\\w+(Exception|Error)\\b"),
            Pattern.compile("\\[Source:"),
            Pattern.compile("REDACTED"),
            Pattern.compile("StreamReadFeature"),
            Pattern.compile("code \\d+\\)"),
            Pattern.compile("\\[\\d{5}-\\d{3}]"),
            Pattern.compile("SQL statement"),
            Pattern.compile("(?i)resolved migration|flyway|ignoreMigrationPatterns"),
            Pattern.compile("was expecting"),
            Pattern.compile("(?i)\\bnull\\b"));

    private LibraryText() {
    }

    /** The first mark found in the text, or null when it reads as written for a user. */
    public static String findIn(String text) {
        for (Pattern mark : MARKS) {
            var matcher = mark.matcher(text);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }
}
