package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the ISO 3166-1 alpha-2 code of a country name as registries write it: the English names of
 * {@link Locale} plus the alias table {@code country-aliases.csv} ("Korea, Republic of" and "South Korea" are KR,
 * "Hong Kong" is HK, not China). Matching ignores case, accents, apostrophes and "&amp;" versus "and".
 */
public final class CountryMatcher {

    private static final String ALIASES = "/org/cgtatlas/ingest/country-aliases.csv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> codesByKey = new HashMap<>();
    /** Last comma-separated parts of names that contain commas, e.g. "republic of" of "Korea, Republic of". */
    private final Set<String> tailsOfNamesWithCommas = new HashSet<>();
    private int maxParts = 1;

    private CountryMatcher() {
    }

    public static CountryMatcher standard() {
        CountryMatcher matcher = new CountryMatcher();
        for (String code : Locale.getISOCountries()) {
            matcher.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
        }
        try (InputStream in = CountryMatcher.class.getResourceAsStream(ALIASES);
             CsvReader<CsvRecord> aliases = CsvReader.builder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
            aliases.skipLines(1);
            for (CsvRecord alias : aliases) {
                matcher.add(alias.getField(0), alias.getField(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ALIASES, e);
        }
        return matcher;
    }

    private void add(String name, String code) {
        codesByKey.put(key(name), code);
        String[] parts = name.split(",");
        if (parts.length > 1) {
            tailsOfNamesWithCommas.add(key(parts[parts.length - 1]));
            maxParts = Math.max(maxParts, parts.length);
        }
    }

    /** The code of a country name ("South Korea", "Korea, Republic of", "Turkey (Türkiye)"), if known. */
    public Optional<String> codeOf(String countryName) {
        return Optional.ofNullable(codesByKey.get(key(countryName)));
    }

    /**
     * The code of the country a location ends with: "Facility, City, State, Zip, Country", where the country
     * may itself contain a comma ("Korea, Republic of"). Longer names are tried first.
     */
    public Optional<String> codeAtEndOf(String location) {
        int end = location.length();
        int[] commas = new int[maxParts];
        int found = 0;
        for (int i = end - 1; i >= 0 && found < maxParts; i--) {
            if (location.charAt(i) == ',') {
                commas[found++] = i;
            }
        }
        String lastPart = found == 0 ? location : location.substring(commas[0] + 1);
        if (found > 0 && tailsOfNamesWithCommas.contains(key(lastPart))) {
            for (int parts = Math.min(found, maxParts - 1); parts >= 1; parts--) {
                int start = parts < found ? commas[parts] + 1 : 0;
                String code = codesByKey.get(key(location.substring(start)));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.ofNullable(codesByKey.get(key(lastPart)));
    }

    static String key(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        if (!isAscii(text)) {
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        }
        if (text.indexOf('&') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0 || text.indexOf("  ") >= 0) {
            text = SPACES.matcher(text.replace("&", " and ").replace("'", "").replace("\u2019", "")).replaceAll(" ").strip();
        }
        return text;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
