package org.cgtatlas.data;

/** NCT numbers ({@code NCT01234567}) are stored as the number of their 8 digits, the key of the trial table. */
final class NctNumbers {

    private static final String PREFIX = "NCT";
    private static final int DIGITS = 8;

    private NctNumbers() {
    }

    static boolean isNctId(String text) {
        return text.length() == PREFIX.length() + DIGITS && text.startsWith(PREFIX)
                && text.chars().skip(PREFIX.length()).allMatch(c -> c >= '0' && c <= '9');
    }

    static long toNumber(String nctId) {
        if (!isNctId(nctId)) {
            throw new IllegalArgumentException("Not an NCT number: " + nctId);
        }
        return Long.parseLong(nctId, PREFIX.length(), nctId.length(), 10);
    }

    static String toNctId(long number) {
        String digits = Long.toString(number);
        return PREFIX + "0".repeat(DIGITS - digits.length()) + digits;
    }
}
