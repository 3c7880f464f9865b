package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds a rule's pattern in a lower-cased text as {@link Matcher#find()} would, but runs each top-level alternative
 * as a regex of its own, and only those whose {@link RequiredLiterals.Conjunction} the text satisfies: one short
 * regex instead of a dozen alternatives tried at every position. Of the alternatives' matches the leftmost wins, and
 * of those starting at the same place the earliest alternative, just as in the whole pattern.
 * <p>
 * A pattern whose alternatives are tied together (backreferences, inline flags) runs whole, behind the prefilter of
 * all its alternatives. Immutable; every call makes its own {@link Matcher}s, so it can be shared between threads.
 */
final class RuleSearch {

    private static final Pattern TIES_ALTERNATIVES = Pattern.compile("\\\\[1-9k]|\\(\\?[^:=!<]");

    private final List<Pattern> patterns;
    private final List<LiteralPrefilter> prefilters;
    /** Per alternative, where its matches can start (null: anywhere), so that its regex need not try every place. */
    private final RequiredLiterals.Anchor[] anchors;
    /** Alternatives that need no literal: tried on every text. */
    private final int[] alwaysTried;
    /** Per literal index, the alternatives that may match only where it occurs (null: none). */
    private final int[][] triedWhereFound;
    /** The words of a scan's bit set that hold literals of {@link #triedWhereFound}, and those literals' bits in each. */
    private final int[] neededWords;
    private final long[] neededBits;

    private RuleSearch(List<Pattern> patterns, List<LiteralPrefilter> prefilters, RequiredLiterals.Anchor[] anchors) {
        this.patterns = List.copyOf(patterns);
        this.prefilters = List.copyOf(prefilters);
        this.anchors = anchors;
        List<Integer> always = new ArrayList<>();
        Map<Integer, List<Integer>> byLiteral = new HashMap<>();
        for (int i = 0; i < prefilters.size(); i++) {
            int[] needed = prefilters.get(i).anyNeeded();
            if (needed == null) {
                always.add(i);
            } else {
                for (int literal : needed) {
                    byLiteral.computeIfAbsent(literal, key -> new ArrayList<>()).add(i);
                }
            }
        }
        alwaysTried = always.stream().mapToInt(Integer::intValue).toArray();
        triedWhereFound = new int[byLiteral.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1][];
        byLiteral.forEach((literal, alternatives) ->
                triedWhereFound[literal] = alternatives.stream().mapToInt(Integer::intValue).toArray());
        long[] neededLiterals = new long[(triedWhereFound.length + 63) / 64];
        byLiteral.keySet().forEach(literal -> neededLiterals[literal >>> 6] |= 1L << literal);
        neededWords = IntStream.range(0, neededLiterals.length).filter(word -> neededLiterals[word] != 0).toArray();
        neededBits = Arrays.stream(neededWords).mapToLong(word -> neededLiterals[word]).toArray();
    }

    /** @param literalIndex the index of a literal among those the classifier's scanner looks for */
    static RuleSearch of(Pattern pattern, ToIntFunction<String> literalIndex) {
        Optional<List<RequiredLiterals.Conjunction>> conjunctions = RequiredLiterals.conjunctions(pattern.pattern());
        if (conjunctions.isEmpty()) {
            return new RuleSearch(List.of(pattern), List.of(LiteralPrefilter.ALWAYS), new RequiredLiterals.Anchor[1]);
        }
        if (TIES_ALTERNATIVES.matcher(pattern.pattern()).find()) {
            return new RuleSearch(List.of(pattern), List.of(LiteralPrefilter.of(conjunctions.get(), literalIndex)),
                    new RequiredLiterals.Anchor[1]);
        }
        List<String> sources = RequiredLiterals.topLevelAlternatives(pattern.pattern());
        List<Pattern> alternatives = sources.stream()
                .map(alternative -> Pattern.compile(alternative, pattern.flags()))
                .toList();
        List<LiteralPrefilter> prefilters = conjunctions.get().stream()
                .map(conjunction -> LiteralPrefilter.of(List.of(conjunction), literalIndex))
                .toList();
        RequiredLiterals.Anchor[] anchors = sources.stream()
                .map(alternative -> pattern.flags() == 0 ? RequiredLiterals.anchor(alternative).orElse(null) : null)
                .toArray(RequiredLiterals.Anchor[]::new);
        return new RuleSearch(alternatives, prefilters, anchors);
    }

    /** The literals one of which a text must hold for {@link #find} to find anything; null when it may find in any text. */
    int[] neededLiterals() {
        if (alwaysTried.length > 0) {
            return null;
        }
        return IntStream.range(0, triedWhereFound.length).filter(literal -> triedWhereFound[literal] != null).toArray();
    }

    /** Whether {@link #find} could find anything in a text with this scan: a cheap test before it. */
    boolean mayMatch(MultiLiteralScanner.Scan scan) {
        if (alwaysTried.length > 0) {
            return true;
        }
        long[] found = scan.found();
        for (int i = 0; i < neededWords.length; i++) {
            int word = neededWords[i];
            if (word < found.length && (found[word] & neededBits[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tries only the alternatives one of whose needed literals the scan found (and those that need none), each at most
     * once; of their matches the leftmost wins, then the earliest alternative, as in the whole pattern.
     *
     * @param lowerCaseText the scanned text lower-cased, asked for only when some alternative is tried
     * @return the text the pattern matches first, or null
     */
    String find(MultiLiteralScanner.Scan scan, Supplier<String> lowerCaseText) {
        long[] found = scan.found();
        Match best = null;
        if (alwaysTried.length > 0) {
            best = new Match(lowerCaseText.get(), scan);
            for (int alternative : alwaysTried) {
                best.tryAlternative(alternative);
            }
        }
        BitSet tried = null;
        for (int i = 0; i < neededWords.length; i++) {
            int word = neededWords[i];
            long bits = word < found.length ? found[word] & neededBits[i] : 0;
            while (bits != 0) {
                int[] alternatives = triedWhereFound[word * 64 + Long.numberOfTrailingZeros(bits)];
                bits &= bits - 1;
                tried = tried == null ? new BitSet(patterns.size()) : tried;
                best = best == null ? new Match(lowerCaseText.get(), scan) : best;
                for (int alternative : alternatives) {
                    if (!tried.get(alternative)) {
                        tried.set(alternative);
                        best.tryAlternative(alternative);
                    }
                }
            }
        }
        return best == null ? null : best.text;
    }

    /** The leftmost match so far, and of those starting at one place the earliest alternative's. */
    private final class Match {
        private final String lowerCaseText;
        private final MultiLiteralScanner.Scan scan;
        private String text;
        private int start = Integer.MAX_VALUE;
        private int alternative = Integer.MAX_VALUE;

        Match(String lowerCaseText, MultiLiteralScanner.Scan scan) {
            this.lowerCaseText = lowerCaseText;
            this.scan = scan;
        }

        void tryAlternative(int index) {
            if (!prefilters.get(index).admits(scan, lowerCaseText)) {
                return;
            }
            Matcher matcher = patterns.get(index).matcher(lowerCaseText);
            RequiredLiterals.Anchor anchor = anchors[index];
            if (anchor != null) {
                int at = lowerCaseText.indexOf(anchor.run());
                if (at < 0) {
                    return;
                }
                // No match starts earlier; the bounds stay transparent so \b and lookbehinds still see what lies before
                matcher.region(Math.max(0, at - anchor.mostBefore()), lowerCaseText.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (matcher.find() && (matcher.start() < start || matcher.start() == start && index < alternative)) {
                start = matcher.start();
                alternative = index;
                text = matcher.group();
            }
        }
    }
}
