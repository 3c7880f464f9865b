package org.cgtatlas.ingest.clinicaltrials.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.cgtatlas.ingest.clinicaltrials.ClassificationRule;

/**
 * The search phrases of the classification rules: each top-level alternative of a rule's pattern that spells out
 * whole words — plain text, word boundaries, a hyphen-or-space ({@code [- ]}, read as a space, as the registry's
 * search splits words at hyphens) and groups of such alternatives ({@code (?:a|b)}, optional or not) — becomes the
 * phrases it stands for. Alternatives that match parts of words or patterns ({@code \d}, {@code [a-z]*}) are left out:
 * the registry's search matches whole words, and the classifier decides the modality of what comes back anyway.
 */
public final class EssieTerms {

    private static final int MOST_PER_ALTERNATIVE = 16;
    private static final String WORD_END_LOOKAHEAD = "(?![a-z0-9])";

    private EssieTerms() {
    }

    /** The phrases of the rules that name a cell or gene therapy modality (not those that rule a trial out). */
    public static List<String> ofRules(List<ClassificationRule> rules) {
        return of(rules.stream().filter(rule -> rule.modality() != null).map(rule -> rule.pattern().pattern()).toList());
    }

    /**
     * The phrases of these patterns, lower-cased, each once, in the patterns' order; a phrase that contains a shorter
     * one as whole words ("car t cells" and "car t") is left out, as the shorter one finds it too, and so is a plural
     * of a phrase already there ("stem cells" after "stem cell"): the registry's search finds both forms of a word.
     */
    public static List<String> of(List<String> patterns) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (String pattern : patterns) {
            for (String alternative : split(pattern)) {
                expand(alternative).ifPresent(expanded -> expanded.stream()
                        .map(term -> term.replaceAll("\\s+", " ").strip())
                        .filter(term -> term.length() >= 3)
                        .forEach(term -> terms.putIfAbsent(singular(term), term)));
            }
        }
        return terms.values().stream().filter(term -> terms.values().stream().noneMatch(other -> other.length() < term.length()
                && (" " + term + " ").contains(" " + other + " "))).toList();
    }

    private static String singular(String phrase) {
        return Arrays.stream(phrase.split(" ")).map(word -> word.length() > 3 && word.endsWith("s")
                ? word.substring(0, word.length() - 1) : word).collect(Collectors.joining(" "));
    }

    /**
     * The phrases one alternative stands for, or empty when it does not spell out whole words: it must begin and end
     * at a word boundary, or be a phrase of several words beginning at one.
     */
    static Optional<List<String>> expand(String alternative) {
        String text = alternative.toLowerCase(Locale.ROOT).replace(WORD_END_LOOKAHEAD, "\\b");
        boolean startsAtWord = text.startsWith("\\b") || !text.isEmpty() && Character.isLetter(text.charAt(0));
        boolean bounded = text.startsWith("\\b") && text.endsWith("\\b");
        boolean phrase = text.contains(" ") || text.contains("[- ]");
        return startsAtWord && (bounded || phrase) ? expandText(text) : Optional.empty();
    }

    private static Optional<List<String>> expandText(String text) {
        List<String> phrases = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            List<String> options;
            int next;
            if (text.startsWith("\\b", i)) {
                options = List.of("");
                next = i + 2;
            } else if (text.startsWith("[- ]?", i)) {
                options = List.of(" ");
                next = i + 5;
            } else if (text.startsWith("[- ]", i)) {
                options = List.of(" ");
                next = i + 4;
            } else if (text.startsWith("(?:", i)) {
                int close = closingParenthesis(text, i);
                if (close < 0) {
                    return Optional.empty();
                }
                Optional<List<String>> group = expandGroup(text.substring(i + 3, close));
                if (group.isEmpty()) {
                    return Optional.empty();
                }
                options = group.get();
                next = close + 1;
            } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '-') {
                options = List.of(String.valueOf(c));
                next = i + 1;
            } else {
                return Optional.empty();
            }
            if (next < text.length() && text.charAt(next) == '?') {
                List<String> optional = new ArrayList<>(List.of(""));
                optional.addAll(options);
                options = optional;
                next++;
            }
            List<String> extended = new ArrayList<>();
            for (String phrase : phrases) {
                for (String option : options) {
                    extended.add(phrase + option);
                }
            }
            if (extended.size() > MOST_PER_ALTERNATIVE) {
                return Optional.empty();
            }
            phrases = extended;
            i = next;
        }
        return Optional.of(phrases);
    }

    private static Optional<List<String>> expandGroup(String group) {
        List<String> options = new ArrayList<>();
        for (String alternative : split(group)) {
            Optional<List<String>> expanded = expandText(alternative);
            if (expanded.isEmpty()) {
                return Optional.empty();
            }
            options.addAll(expanded.get());
        }
        return Optional.of(options);
    }

    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The top-level alternatives of a pattern (split at {@code |} outside groups and classes). */
    static List<String> split(String pattern) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
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
            } else if (c == '|' && depth == 0) {
                alternatives.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(pattern.substring(start));
        return alternatives;
    }
}
