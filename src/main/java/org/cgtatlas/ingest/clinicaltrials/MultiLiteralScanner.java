package org.cgtatlas.ingest.clinicaltrials;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.TreeSet;

/**
 * Finds which of a fixed list of lower-case literals occur in a text as {@link String#toLowerCase(Locale)
 * toLowerCase(Locale.ROOT)} would make it, in one pass over the text as it is, however many literals there are: an
 * Aho-Corasick automaton built once into a full transition table, in which a capital and its small letter share a
 * column, so each character costs one table look-up and no text is lower-cased just to be scanned. Immutable, so one
 * scanner can be shared between threads.
 * <p>
 * The few characters that lower-case to other than one character of their own (a surrogate pair, İ which becomes
 * "i̇") are lower-cased as {@code toLowerCase} would and their result is fed to the automaton. Capital sigma lower-cases
 * to σ or, ending a word, ς: both are read as σ, here and in the literals, so a literal with one of them may be
 * reported where the text has the other — a rule's regex then decides.
 */
final class MultiLiteralScanner {

    private static final int ROOT = 0;
    private static final int[] NO_LITERALS = {};
    /** Below this length a piece is read in one chain: two would gain little over the overlap they read twice. */
    private static final int TWO_CHAINS_FROM = 192;

    private final int literalCount;
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
    /**
     * How far back of a text's middle its second half is read from, so that a literal that ends in the second half
     * begins within what was read of it: the longest literal's length.
     */
    private final int overlap;
    /** A piece at least this long is read as two halves at once ({@link Scanning#readInTwoChains}). */
    private final int twoChainsFrom;

    private MultiLiteralScanner(List<String> literals) {
        literalCount = literals.size();
        alphabet = alphabetOf(literals);
        columns = alphabet.length + 1;
        for (int c = 0; c < asciiColumns.length; c++) {
            asciiColumns[c] = alphabetColumn(LowerCase.folded((char) c));
        }
        Trie trie = new Trie(columns);
        for (int literal = 0; literal < literals.size(); literal++) {
            trie.add(columnsOf(literals.get(literal)), literal);
        }
        transitions = new int[trie.size() * columns];
        endingLiterals = new int[trie.size()][];
        buildAutomaton(trie);
        encodeRows();
        overlap = literals.stream().mapToInt(String::length).max().orElse(0);
        twoChainsFrom = Math.max(TWO_CHAINS_FROM, 4 * overlap);
    }

    static MultiLiteralScanner of(List<String> literals) {
        if (literals.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("An empty literal occurs everywhere; scan for non-empty ones only");
        }
        return new MultiLiteralScanner(literals);
    }

    /** The literals found, as a bit set by their index in the list: a rule goes straight to the alternatives that need them. */
    record Scan(long[] found) {

        boolean contains(int literal) {
            int word = literal >>> 6;
            return word < found.length && (found[word] & 1L << literal) != 0;
        }

        boolean isEmpty() {
            for (long word : found) {
                if (word != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    Scan scan(String text) {
        Scanning scanning = start();
        scanning.read(text);
        return scanning.scan();
    }

    /** A scan of a text given in pieces, read one after the other as if they were one text. */
    Scanning start() {
        return new Scanning();
    }

    final class Scanning {

        private final long[] found = new long[(literalCount + 63) / 64];
        private int row = ROOT;

        void read(String piece) {
            if (piece.length() < twoChainsFrom || !readInTwoChains(piece)) {
                readInOneChain(piece);
            }
        }

        /** The loop every character of a text goes through: kept to table look-ups in local variables. */
        private void readInOneChain(String piece) {
            int[] table = transitions;
            int[] ascii = asciiColumns;
            int row = this.row;
            int length = piece.length();
            for (int i = 0; i < length; i++) {
                char c = piece.charAt(i);
                int next;
                if (c < 128) {
                    next = table[row + ascii[c]];
                } else {
                    char folded = LowerCase.folded(c);
                    if (folded == LowerCase.NOT_ONE_CHAR) {
                        int end = Character.isHighSurrogate(c) && i + 1 < length
                                && Character.isLowSurrogate(piece.charAt(i + 1)) ? i + 2 : i + 1;
                        row = readLowerCased(piece.substring(i, end).toLowerCase(Locale.ROOT), row);
                        i = end - 1;
                        continue;
                    }
                    next = table[row + alphabetColumn(folded)];
                }
                row = next < 0 ? ended(~next) : next;
            }
            this.row = row;
        }

        /**
         * Reads the first half on from the state so far and, at the same time, the second half from the start state,
         * begun {@link #overlap} characters early so that it finds every literal that ends in it and ends in the state
         * one pass would have reached. Each step of a chain waits for the previous table look-up; two chains let the
         * processor do two look-ups at once. Every literal either chain reports does occur.
         *
         * @return false, having read only part, at a character that lower-cases to other than one of its own (İ, a
         *     surrogate): the piece must then be read in one chain
         */
        private boolean readInTwoChains(String piece) {
            int length = piece.length();
            int[] table = transitions;
            int[] ascii = asciiColumns;
            int half = length / 2;
            int secondStart = half - overlap;
            int first = row;
            int second = ROOT;
            for (int i = 0; i < half; i++) {
                char c = piece.charAt(i);
                char d = piece.charAt(secondStart + i);
                int firstColumn = c < 128 ? ascii[c] : columnOf(c);
                int secondColumn = d < 128 ? ascii[d] : columnOf(d);
                if ((firstColumn | secondColumn) < 0) {
                    return false;
                }
                int firstNext = table[first + firstColumn];
                int secondNext = table[second + secondColumn];
                if ((firstNext | secondNext) < 0) {
                    firstNext = firstNext < 0 ? ended(~firstNext) : firstNext;
                    secondNext = secondNext < 0 ? ended(~secondNext) : secondNext;
                }
                first = firstNext;
                second = secondNext;
            }
            for (int i = secondStart + half; i < length; i++) {
                char d = piece.charAt(i);
                int column = d < 128 ? ascii[d] : columnOf(d);
                if (column < 0) {
                    return false;
                }
                int next = table[second + column];
                second = next < 0 ? ended(~next) : next;
            }
            row = second;
            return true;
        }

        Scan scan() {
            return new Scan(found);
        }

        private int readLowerCased(String lowerCased, int row) {
            for (int i = 0; i < lowerCased.length(); i++) {
                char c = lowerCased.charAt(i);
                row = step(row, c < 128 ? asciiColumns[c] : alphabetColumn(LowerCase.foldSigma(c)));
            }
            return row;
        }

        private int step(int row, int column) {
            int next = transitions[row + column];
            return next < 0 ? ended(~next) : next;
        }

        /** Records the literals that end at the row's state; returns the row. */
        private int ended(int row) {
            for (int literal : endingLiterals[row / columns]) {
                found[literal >>> 6] |= 1L << literal;
            }
            return row;
        }
    }

    /** The column of a character beyond ASCII, or -1 for one that lower-cases to other than one character. */
    private int columnOf(char c) {
        char folded = LowerCase.folded(c);
        return folded == LowerCase.NOT_ONE_CHAR ? -1 : alphabetColumn(folded);
    }

    private int alphabetColumn(char c) {
        int index = Arrays.binarySearch(alphabet, c);
        return index < 0 ? 0 : index + 1;
    }

    private int[] columnsOf(String literal) {
        return literal.chars().map(c -> alphabetColumn(LowerCase.ofLiteral((char) c))).toArray();
    }

    private static char[] alphabetOf(List<String> literals) {
        TreeSet<Character> chars = new TreeSet<>();
        literals.forEach(literal -> literal.chars().forEach(c -> chars.add(LowerCase.ofLiteral((char) c))));
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

    /**
     * What {@code String.toLowerCase(Locale.ROOT)} makes of each character of the Basic Multilingual Plane, worked
     * out once by asking it, with ς read as σ.
     */
    static final class LowerCase {

        /** Marks a surrogate, or a character that lower-cases to more than one (İ): its text is lower-cased as a string. */
        static final char NOT_ONE_CHAR = '\uFFFF';
        private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String lower = Character.isSurrogate((char) c) ? "" : String.valueOf((char) c).toLowerCase(Locale.ROOT);
                FOLDED[c] = lower.length() == 1 ? foldSigma(lower.charAt(0)) : NOT_ONE_CHAR;
            }
        }

        private LowerCase() {
        }

        static char folded(char c) {
            return FOLDED[c];
        }

        static char foldSigma(char c) {
            return c == 'ς' ? 'σ' : c;
        }

        /** A literal's character as a text's character is read: literals are lower case, but their sigmas are folded too. */
        static char ofLiteral(char c) {
            char folded = FOLDED[c];
            return folded == NOT_ONE_CHAR ? c : folded;
        }
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
