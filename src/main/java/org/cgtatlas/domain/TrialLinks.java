package org.cgtatlas.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Joins registry records that are one trial: records with the same id (an ICTRP record whose TrialID is an NCT number
 * and the ClinicalTrials.gov record of that number), and records one of whose secondary ids names another record —
 * through any chain of such links, whichever import brought each record. Ids are compared trimmed, ignoring case and
 * ICTRP's {@code JPRN-} prefix ({@code JPRN-jRCT2051190001} is {@code jRCT2051190001}).
 */
public final class TrialLinks {

    private static final String JPRN_PREFIX = "JPRN-";

    private TrialLinks() {
    }

    /** The form ids are compared in. */
    public static String key(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT);
        return key.startsWith(JPRN_PREFIX) ? key.substring(JPRN_PREFIX.length()) : key;
    }

    /**
     * The records grouped into trials. Each group keeps the records in the order given, so the first one is the
     * trial's primary record; groups come in the order of their primary records.
     */
    public static <R> List<List<R>> group(List<R> records, Function<R, String> id, Function<R, List<String>> secondaryIds) {
        int[] parent = new int[records.size()];
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            parent[i] = i;
            Integer same = byKey.putIfAbsent(key(id.apply(records.get(i))), i);
            if (same != null) {
                union(parent, same, i);
            }
        }
        for (int i = 0; i < records.size(); i++) {
            for (String secondary : secondaryIds.apply(records.get(i))) {
                Integer named = byKey.get(key(secondary));
                if (named != null) {
                    union(parent, named, i);
                }
            }
        }
        Map<Integer, List<R>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            groups.computeIfAbsent(root(parent, i), first -> new ArrayList<>()).add(records.get(i));
        }
        return List.copyOf(groups.values());
    }

    /** Joins two sets under the smaller index, so a group's root is its first record. */
    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
