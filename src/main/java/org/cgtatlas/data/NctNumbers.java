package org.cgtatlas.data;

/** NCT numbers ({@code NCT01234567}) are stored as the number of their 8 digits, the key of the trial table. */
final class NctNumbers {

    private static final String PREFIX = "NCT";
    private static final int DIGITS = 8;

    private NctNumbers() {
    }

    static boolean isNctId(String id) {
        if (id.length() != PREFIX.length() + DIGITS || !id.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static long toNumber(String nctId) {
        if (nctId.length() != PREFIX.length() + DIGITS || !nctId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not an NCT number: " + nctId);
        }
        return Long.parseLong(nctId, PREFIX.length(), nctId.length(), 10);
    }

    static String toNctId(long number) {
        String digits = Long.toString(number);
        return PREFIX + "0".repeat(DIGITS - digits.length()) + digits;
    }
}
