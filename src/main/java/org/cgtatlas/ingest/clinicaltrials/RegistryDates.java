package org.cgtatlas.ingest.clinicaltrials;

import java.time.DateTimeException;
import java.time.Month;
import java.util.Locale;
import org.cgtatlas.domain.PartialDate;

/**
 * Reads the dates of registry exports with their precision: {@code 2014}, {@code 2014-10}, {@code 2014-10-16}
 * (modern CSV and JSON), {@code October 2014}, {@code October 16, 2014} (legacy CSV) and {@code 10/16/2014}
 * (a CSV re-saved by Excel).
 */
public final class RegistryDates {

    private RegistryDates() {
    }

    /** The date, or null when the text is empty or not a date in one of these forms. */
    public static PartialDate parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (Character.isLetter(value.charAt(0))) {
                return parseWords(value);
            }
            if (value.indexOf('/') > 0) {
                return parseSlashes(value);
            }
            return parseIso(value);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static PartialDate parseIso(String value) {
        String[] parts = value.split("-");
        if (parts.length == 0) {
            return null;
        }
        int year = year(parts[0]);
        return switch (parts.length) {
            case 1 -> PartialDate.ofYear(year);
            case 2 -> PartialDate.ofMonth(year, Integer.parseInt(parts[1]));
            case 3 -> PartialDate.ofDay(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            default -> null;
        };
    }

    private static PartialDate parseSlashes(String value) {
        String[] parts = value.split("/");
        return switch (parts.length) {
            case 2 -> PartialDate.ofMonth(year(parts[1]), Integer.parseInt(parts[0]));
            case 3 -> PartialDate.ofDay(year(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            default -> null;
        };
    }

    private static PartialDate parseWords(String value) {
        String[] words = value.replace(",", " ").trim().split("\\s+");
        Month month = Month.valueOf(words[0].toUpperCase(Locale.ROOT));
        return switch (words.length) {
            case 2 -> PartialDate.ofMonth(year(words[1]), month.getValue());
            case 3 -> PartialDate.ofDay(year(words[2]), month.getValue(), Integer.parseInt(words[1]));
            default -> null;
        };
    }

    private static int year(String text) {
        if (text.length() != 4) {
            throw new NumberFormatException("not a four-digit year: " + text);
        }
        return Integer.parseInt(text);
    }
}
