package org.cgtatlas.domain;

import java.util.Locale;
import java.util.Map;

/** English names of ISO 3166-1 alpha-2 codes, short where the standard name is long ("Hong Kong", not "Hong Kong SAR China"). */
public final class CountryNames {

    private static final Map<String, String> SHORT_NAMES = Map.of("HK", "Hong Kong", "MO", "Macao");

    private CountryNames() {
    }

    /** The English name of the code; the code itself when no name is known for it. */
    public static String of(String code) {
        String name = SHORT_NAMES.getOrDefault(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        return name.isEmpty() ? code : name;
    }
}
