package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.TreeSet;

/**
 * Finds where each of a fixed list of literals first occurs in a text, in one pass over the text however many
 * literals there are: an Aho-Corasick automaton built once into a full transition table, so each character of the
 * text costs one table look-up. Immutable, so one scanner can be shared between threads.
 */
final class MultiLiteralScanner {

    private static final int ROOT = 0;
    private static final int[] NO_LITERALS = {};

    private final int[] literalLengths;
    private final char[] alphabet;
    private final int[] asciiColumns = new int[128];
    /** Column 0 stands for every character that occurs in no literal. */
    private final int columns;
    /**
     * Per state and column, the row (state times columns) of the next state, bitwise negated if a literal ends
     * there: the scan then needs neither a multiplication per character nor a look-up for the usual state where
     * nothing ends.
     */
    private final int[] transitions;
    /** Per state, the literals that end where the text read so far ends. */
    private final int[][] endingLiterals;

    private MultiLiteralScanner(List<String> literals) {
        literalLengths = literals.stream().mapToInt(String::length).toArray();
        alphabet = alphabetOf(literals);
        columns = alphabet.length + 1;
        for (int c = 0; c < asciiColumns.length; c++) {
            asciiColumns[c] = searchColumn((char) c);
        }
        Trie trie = new Trie(columns);
        for (int literal = 0; literal < literals.size(); literal++) {
            trie.add(columnsOf(literals.get(literal)), literal);
        }
        transitions = new int[trie.size() * columns];
        endingLiterals = new int[trie.size()][];
        buildAutomaton(trie);
        encodeRows();
    }

    static MultiLiteralScanner of(List<String> literals) {
        if (literals.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("An empty literal occurs everywhere; scan for non-empty ones only");
        }
        return new MultiLiteralScanner(literals);
    }

    /**
     * Per literal (by its index in the list), where it first starts in a text (-1: nowhere), and the literals found as
     * a bit set, so a rule can go straight to the alternatives that need them.
     */
    record Scan(int[] firstOccurrences, long[] found) {
    }

    Scan scan(String text) {
        int[] first = new int[literalLengths.length];
        Arrays.fill(first, -1);
        long[] found = new long[(literalLengths.length + 63) / 64];
        int row = ROOT;
        for (int i = 0; i < text.length(); i++) {
            int next = transitions[row + column(text.charAt(i))];
            if (next < 0) {
                next = ~next;
                recordEnding(endingLiterals[next / columns], i, first, found);
            }
            row = next;
        }
        return new Scan(first, found);
    }

    private void recordEnding(int[] literals, int end, int[] first, long[] found) {
        for (int literal : literals) {
            if (first[literal] < 0) {
                first[literal] = end + 1 - literalLengths[literal];
                found[literal >>> 6] |= 1L << literal;
            }
        }
    }

    private int column(char c) {
        return c < asciiColumns.length ? asciiColumns[c] : searchColumn(c);
    }

    private int searchColumn(char c) {
        int index = Arrays.binarySearch(alphabet, c);
        return index < 0 ? 0 : index + 1;
    }

    private int[] columnsOf(String literal) {
        return literal.chars().map(c -> column((char) c)).toArray();
    }

    private static char[] alphabetOf(List<String> literals) {
        TreeSet<Character> chars = new TreeSet<>();
        literals.forEach(literal -> literal.chars().forEach(c -> chars.add((char) c)));
        char[] alphabet = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            alphabet[i++] = c;
        }
        return alphabet;
    }

    /** Breadth first, so that the fallback of every state (its longest proper suffix in the trie) is done before it. */
    private void buildAutomaton(Trie trie) {
        int[] fallback = new int[trie.size()];
        endingLiterals[ROOT] = NO_LITERALS;
        Queue<Integer> queue = new ArrayDeque<>();
        for (int column = 0; column < columns; column++) {
            int child = trie.child(ROOT, column);
            transitions[ROOT * columns + column] = child < 0 ? ROOT : child;
            if (child >= 0) {
                fallback[child] = ROOT;
                endingLiterals[child] = trie.endingLiterals(child);
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (int column = 0; column < columns; column++) {
                int child = trie.child(state, column);
                int viaFallback = transitions[fallback[state] * columns + column];
                transitions[state * columns + column] = child < 0 ? viaFallback : child;
                if (child >= 0) {
                    fallback[child] = viaFallback;
                    endingLiterals[child] = concat(trie.endingLiterals(child), endingLiterals[viaFallback]);
                    queue.add(child);
                }
            }
        }
    }

    private void encodeRows() {
        for (int i = 0; i < transitions.length; i++) {
            int state = transitions[i];
            transitions[i] = endingLiterals[state].length == 0 ? state * columns : ~(state * columns);
        }
    }

    private static int[] concat(int[] first, int[] second) {
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both.length == 0 ? NO_LITERALS : both;
    }

    /** The literals as a tree of their prefixes; state 0 is the empty prefix. */
    private static final class Trie {

        private final int columns;
        private final List<int[]> children = new ArrayList<>();
        private final List<int[]> literalsEndingHere = new ArrayList<>();

        Trie(int columns) {
            this.columns = columns;
            addState();
        }

        void add(int[] literalColumns, int literal) {
            int state = ROOT;
            for (int column : literalColumns) {
                if (child(state, column) < 0) {
                    children.get(state)[column] = addState();
                }
                state = child(state, column);
            }
            int[] ending = literalsEndingHere.get(state);
            int[] withThis = Arrays.copyOf(ending, ending.length + 1);
            withThis[ending.length] = literal;
            literalsEndingHere.set(state, withThis);
        }

        int child(int state, int column) {
            return children.get(state)[column];
        }

        int[] endingLiterals(int state) {
            return literalsEndingHere.get(state);
        }

        int size() {
            return children.size();
        }

        private int addState() {
            int[] none = new int[columns];
            Arrays.fill(none, -1);
            children.add(none);
            literalsEndingHere.add(NO_LITERALS);
            return children.size() - 1;
        }
    }
}
