package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For a classification pattern, one literal text per top-level alternative that every match of that alternative
 * contains ({@code \bcar[- ]t\b|chimeric antigen receptor} → "car", "chimeric antigen receptor"). If none of them
 * occurs in a text, the pattern cannot match it, so the regex need not run: a cheap pre-check that makes classifying
 * the usual non-CGT trial fast. Empty when an alternative has no such literal.
 */
final class RequiredLiterals {

    private static final int SHORTEST_USEFUL = 2;

    private RequiredLiterals() {
    }

    static Optional<List<String>> of(String pattern) {
        List<String> literals = new ArrayList<>();
        for (String alternative : topLevelAlternatives(pattern)) {
            String literal = longestRequiredRun(alternative);
            if (literal.length() < SHORTEST_USEFUL) {
                return Optional.empty();
            }
            literals.add(literal);
        }
        return Optional.of(List.copyOf(literals));
    }

    private static List<String> topLevelAlternatives(String pattern) {
        List<String> alternatives = new ArrayList<>();
        boolean[] bare = bareCharacters(pattern);
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (bare[i] && pattern.charAt(i) == '|') {
                alternatives.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(pattern.substring(start));
        return alternatives;
    }

    /** The longest run of plain characters outside groups and classes that no quantifier makes optional. */
    private static String longestRequiredRun(String alternative) {
        String best = "";
        StringBuilder run = new StringBuilder();
        boolean[] bare = bareCharacters(alternative);
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (bare[i] && "?*+{}.^$".indexOf(c) < 0 && !isQuantified(alternative, i + 1)) {
                run.append(c);
            } else {
                best = run.length() > best.length() ? run.toString() : best;
                run.setLength(0);
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /**
     * Which characters of a pattern stand for themselves or are operators at its top level: those that are neither
     * escaped (nor the escaping backslash), nor part of a character class, nor inside or delimiting a group.
     */
    private static boolean[] bareCharacters(String pattern) {
        boolean[] bare = new boolean[pattern.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else {
                bare[i] = depth == 0;
            }
        }
        return bare;
    }

    private static boolean isQuantified(String alternative, int next) {
        return next < alternative.length() && "?*{".indexOf(alternative.charAt(next)) >= 0;
    }
}
