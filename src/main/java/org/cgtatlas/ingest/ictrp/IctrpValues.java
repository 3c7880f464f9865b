package org.cgtatlas.ingest.ictrp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.ingest.clinicaltrials.CountryMatcher;
import org.cgtatlas.ingest.clinicaltrials.RegistryDates;

/**
 * Reads ICTRP's values as the portal writes them in any year's layout: padded with spaces and line breaks, dates in
 * several forms, free-text phases, and countries as a list, a sentence or nothing at all.
 */
final class IctrpValues {

    /** The country a register's records are in when their {@code Countries} is blank. */
    static final Map<String, String> HOME_COUNTRIES = Map.of("chictr", "CN", "jprn", "JP", "cris", "KR");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[;\\r\\n]+\\s*");
    private static final Pattern ID_SEPARATORS = Pattern.compile("\\s*[;,\\r\\n]+\\s*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY_MONTHNAME_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ROMAN_OR_DIGIT = Pattern.compile("\\b(iv|i{1,3}|[0-4])\\b");
    /** EU CTR: "Human pharmacology (Phase I): yes", one line per phase. */
    private static final Pattern EU_PHASE = Pattern.compile("\\(phase\\s+(iv|i{1,3})\\)\\s*:\\s*yes");
    private static final DateTimeFormatter EXPORT_DATE_TIME =
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ENGLISH);

    private IctrpValues() {
    }

    /** The value without the padding around it, runs of whitespace and line breaks inside it made one space. */
    static String text(String value) {
        return value == null ? "" : WHITESPACE.matcher(value.strip()).replaceAll(" ");
    }

    /** Entries separated by {@code ;} or line breaks. */
    static List<String> list(String value) {
        return split(value, LIST_SEPARATORS);
    }

    /** Ids separated by {@code ;}, {@code ,} or line breaks. */
    static List<String> ids(String value) {
        return split(value, ID_SEPARATORS);
    }

    private static List<String> split(String value, Pattern separators) {
        List<String> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        for (String entry : separators.split(value.strip())) {
            String text = text(entry);
            if (!text.isEmpty()) {
                entries.add(text);
            }
        }
        return entries;
    }

    /** "Not recruiting" → {@code NOT_RECRUITING}; empty when not given. */
    static String status(String value) {
        String text = text(value);
        return text.isEmpty() ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /**
     * The phases as ClinicalTrials.gov writes them: "Phase 2/Phase 3", "2-3", "Phase II/III" and "Phase1/Phase2" are
     * {@code PHASE2, PHASE3}; "0" and "Early Phase 1" {@code EARLY_PHASE1} (ClinicalTrials.gov's name for phase 0);
     * "N/A" and "Not applicable" {@code NA}; EU CTR's "(Phase II): yes" lines the phases answered yes. Empty for
     * anything else ("Retrospective study").
     */
    static List<String> phases(String value) {
        String text = text(value).toLowerCase(Locale.ROOT);
        Set<String> phases = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.equals("n/a") || text.startsWith("not applicable") || text.equals("na")) {
            return List.of("NA");
        }
        Matcher eu = EU_PHASE.matcher(text);
        if (text.contains("phase i)")) {
            while (eu.find()) {
                phases.add("PHASE" + arabic(eu.group(1)));
            }
            return List.copyOf(phases);
        }
        if (text.startsWith("early phase 1") || text.equals("0") || text.equals("phase 0")) {
            return List.of("EARLY_PHASE1");
        }
        String stripped = text.replace("phase", " ").strip();
        if (!stripped.matches("[0-4ivx\\s/\\-,&+]+|")) {
            return List.of();
        }
        Matcher numbers = ROMAN_OR_DIGIT.matcher(stripped);
        while (numbers.find()) {
            int phase = arabic(numbers.group(1));
            phases.add(phase == 0 ? "EARLY_PHASE1" : "PHASE" + phase);
        }
        return List.copyOf(phases);
    }

    private static int arabic(String numeral) {
        return switch (numeral) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(numeral);
        };
    }

    /** {@code Date_registration3} ({@code YYYYMMDD}) when given, else {@code Date_registration} (DD/MM/YYYY or ISO). */
    static LocalDate registrationDate(String compact, String written) {
        Matcher matcher = COMPACT_DATE.matcher(text(compact));
        if (matcher.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                // fall back to the written date
            }
        }
        PartialDate date = date(written);
        return date == null || date.precision() != org.cgtatlas.domain.DatePrecision.DAY ? null : date.start();
    }

    /**
     * A date as ICTRP writes them: {@code 2020-02-01}, {@code 27/01/2020} (day first), {@code 17 February 2020},
     * {@code January 25, 2020}, {@code January 2005}; null when empty or not understood.
     */
    static PartialDate date(String value) {
        String text = text(value);
        try {
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
            if (dayFirst.matches()) {
                return PartialDate.ofDay(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            Matcher dayMonthName = DAY_MONTHNAME_YEAR.matcher(text);
            if (dayMonthName.matches()) {
                return PartialDate.ofDay(Integer.parseInt(dayMonthName.group(3)),
                        Month.valueOf(dayMonthName.group(2).toUpperCase(Locale.ROOT)).getValue(),
                        Integer.parseInt(dayMonthName.group(1)));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return text.isEmpty() ? null : RegistryDates.parse(text);
    }

    /** The portal's export time ({@code 3/18/2020 6:53:35 PM}, or a date), read as UTC; null if not understood. */
    static Instant exportTime(String value) {
        String text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.toUpperCase(Locale.ROOT), EXPORT_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            PartialDate date = RegistryDates.parse(text);
            return date == null ? null : date.start().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    /** A whole number of participants, or null ("40;" or "Case series: 40" are not read). */
    static Integer targetSize(String value) {
        String text = text(value);
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }

    /**
     * The countries of a {@code Countries} value: split on {@code ;}, each entry matched whole against the country
     * names and aliases, else split on {@code ,} and each part matched ({@code Japan,Asia(except Japan)} is Japan;
     * {@code Korea, Republic of} matches whole). Entries and parts matching no country go to {@code unrecognised}.
     */
    static Set<String> countries(String value, CountryMatcher matcher, List<String> unrecognised) {
        Set<String> codes = new LinkedHashSet<>();
        for (String entry : value.split(";")) {
            String name = text(entry);
            if (name.isEmpty()) {
                continue;
            }
            var whole = matcher.codeOf(name);
            if (whole.isPresent()) {
                codes.add(whole.get());
                continue;
            }
            boolean any = false;
            for (String part : name.split(",")) {
                var code = matcher.codeOf(part);
                code.ifPresent(codes::add);
                any |= code.isPresent();
            }
            if (!any) {
                unrecognised.add(name);
            }
        }
        return codes;
    }

    /** The home country of a register, e.g. CN for ChiCTR; null for a register without one. */
    static String homeCountry(String register) {
        return HOME_COUNTRIES.get(text(register).toLowerCase(Locale.ROOT));
    }
}
