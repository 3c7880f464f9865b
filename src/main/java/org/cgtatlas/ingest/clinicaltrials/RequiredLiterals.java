package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Literal texts that every match of a classification pattern contains, so that the regex need not run on a text
 * that lacks them: a cheap pre-check that makes classifying the usual non-CGT trial fast.
 * <p>
 * {@link #of} gives one literal per top-level alternative ({@code \bcar[- ]t\b|chimeric antigen receptor} → "car",
 * "chimeric antigen receptor"); {@link #conjunctions} gives, per alternative, every run of plain characters and every
 * required group whose alternatives all have a literal, which rules out far more texts.
 */
final class RequiredLiterals {

    private static final int SHORTEST_USEFUL = 2;
    private static final int ESCAPED_OR_IN_CLASS = -1;
    /** What lets part of a pattern match any number of characters: repetition, a backreference, a grapheme cluster. */
    private static final Pattern UNBOUNDED = Pattern.compile("[*+{]|\\\\[1-9kX]");

    /** Every match of an alternative contains, from each of these lists, at least one literal. */
    record Conjunction(List<List<String>> oneOfEach) {

        Conjunction {
            oneOfEach = oneOfEach.stream().map(List::copyOf).toList();
        }
    }

    private RequiredLiterals() {
    }

    /** One literal per top-level alternative; empty when an alternative has none of at least two characters. */
    static Optional<List<String>> of(String pattern) {
        List<String> literals = new ArrayList<>();
        for (String alternative : topLevelAlternatives(pattern)) {
            String literal = longest(requiredRuns(alternative));
            if (literal.length() < SHORTEST_USEFUL) {
                return Optional.empty();
            }
            literals.add(literal);
        }
        return Optional.of(List.copyOf(literals));
    }

    /** One conjunction per top-level alternative; empty when an alternative has no required literal at all. */
    static Optional<List<Conjunction>> conjunctions(String pattern) {
        List<Conjunction> conjunctions = new ArrayList<>();
        for (String alternative : topLevelAlternatives(pattern)) {
            List<List<String>> oneOfEach = new ArrayList<>();
            requiredRuns(alternative).stream().filter(run -> run.length() >= SHORTEST_USEFUL)
                    .forEach(run -> oneOfEach.add(List.of(run)));
            for (String group : requiredGroups(alternative)) {
                of(group).ifPresent(oneOfEach::add);
            }
            if (oneOfEach.isEmpty()) {
                return Optional.empty();
            }
            conjunctions.add(new Conjunction(oneOfEach));
        }
        return Optional.of(List.copyOf(conjunctions));
    }

    /**
     * Where a match of an alternative can start, told from its first required run: at most {@code mostBefore}
     * characters before an occurrence of {@code run}.
     */
    record Anchor(String run, int mostBefore) {
    }

    /**
     * The first required run of an alternative, if the part before it cannot match more characters than it has (plus
     * one for each {@code .}, which may match a surrogate pair): no repetition, backreference or grapheme cluster.
     */
    static Optional<Anchor> anchor(String alternative) {
        int[] depths = groupDepths(alternative);
        for (int start = 0; start < alternative.length(); start++) {
            int end = start;
            while (end < alternative.length() && inRequiredRun(alternative, depths, end)) {
                end++;
            }
            if (end > start) {
                String before = alternative.substring(0, start);
                long dots = before.chars().filter(c -> c == '.').count();
                return UNBOUNDED.matcher(before).find() ? Optional.empty()
                        : Optional.of(new Anchor(alternative.substring(start, end), before.length() + (int) dots));
            }
        }
        return Optional.empty();
    }

    static List<String> topLevelAlternatives(String pattern) {
        List<String> alternatives = new ArrayList<>();
        int[] depths = groupDepths(pattern);
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (isBare(pattern, depths, i) && pattern.charAt(i) == '|') {
                alternatives.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(pattern.substring(start));
        return alternatives;
    }

    /** The runs of plain characters outside groups and classes that no quantifier makes optional. */
    private static List<String> requiredRuns(String alternative) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int[] depths = groupDepths(alternative);
        for (int i = 0; i <= alternative.length(); i++) {
            if (i < alternative.length() && inRequiredRun(alternative, depths, i)) {
                run.append(alternative.charAt(i));
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        return runs;
    }

    /** A plain character outside groups and classes that no quantifier makes optional. */
    private static boolean inRequiredRun(String alternative, int[] depths, int i) {
        return isBare(alternative, depths, i) && "?*+{}.^$".indexOf(alternative.charAt(i)) < 0 && !isQuantified(alternative, i + 1);
    }

    /** The bodies of the plain {@code (...)} or {@code (?:...)} groups at the top level that no quantifier makes optional. */
    private static List<String> requiredGroups(String alternative) {
        List<String> groups = new ArrayList<>();
        int[] depths = groupDepths(alternative);
        int open = -1;
        for (int i = 0; i < alternative.length(); i++) {
            if (depths[i] != 0) {
                continue;
            }
            if (alternative.charAt(i) == '(') {
                open = i;
            } else if (alternative.charAt(i) == ')' && !isQuantified(alternative, i + 1)) {
                String body = alternative.substring(open + 1, i);
                if (body.startsWith("?:")) {
                    groups.add(body.substring(2));
                } else if (!body.startsWith("?")) {
                    groups.add(body);
                }
            }
        }
        return groups;
    }

    private static String longest(List<String> runs) {
        String best = "";
        for (String run : runs) {
            best = run.length() > best.length() ? run : best;
        }
        return best;
    }

    /**
     * Per character of a pattern, how many groups it is in (a group's own parentheses count as outside it), or
     * {@value #ESCAPED_OR_IN_CLASS} for an escaped character, its backslash, and the characters of a character class.
     */
    private static int[] groupDepths(String pattern) {
        int[] depths = new int[pattern.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                depths[i] = ESCAPED_OR_IN_CLASS;
                if (i + 1 < pattern.length()) {
                    depths[++i] = ESCAPED_OR_IN_CLASS;
                }
            } else if (inClass || c == '[') {
                depths[i] = ESCAPED_OR_IN_CLASS;
                inClass = c == '[' || c != ']';
            } else if (c == ')') {
                depths[i] = --depth;
            } else {
                depths[i] = c == '(' ? depth++ : depth;
            }
        }
        return depths;
    }

    /** Neither escaped nor in a class nor in or delimiting a group: a literal character or a top-level operator. */
    private static boolean isBare(String pattern, int[] depths, int i) {
        char c = pattern.charAt(i);
        return depths[i] == 0 && c != '(' && c != ')';
    }

    private static boolean isQuantified(String pattern, int next) {
        return next < pattern.length() && "?*{".indexOf(pattern.charAt(next)) >= 0;
    }
}
