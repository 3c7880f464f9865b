package org.cgtatlas.ingest.dataset;

/** Orders dataset versions such as "2026.11.0" by their numeric parts. */
final class DatasetVersion {

    private DatasetVersion() {
    }

    static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int difference = Long.compare(part(a, i), part(b, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[index].replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
