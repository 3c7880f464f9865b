package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.ProductEntry;
import org.cgtatlas.domain.Programme;

/**
 * The products the classifier knows by name: the readable table {@code cgt-products.csv} (approved and late-stage
 * products of the region and the global approvals, each with developer, country and a public reference), the
 * programmes of the CGT Atlas dataset that name a product, and entries analysts add. Each becomes a classification
 * rule that runs before the generic ones: a named product is the strongest evidence of a trial's modality.
 */
public final class ProductDictionary {

    public static final String PRODUCTS = "/org/cgtatlas/ingest/cgt-products.csv";
    /** Product rules run before every keyword rule. */
    static final int PRIORITY = 5;
    static final String RULE_PREFIX = "product:";
    /** An alias whose longest run of letters is shorter than this is spelled out in all its forms. */
    private static final int SPELL_OUT_BELOW = 6;
    private static final int MOST_FORMS = 8;

    /** Words that make a programme's name a description ("CAR-T therapies (GC Cell)") rather than a product's name. */
    private static final Set<String> DESCRIPTIVE_WORDS = Set.of("therapy", "therapies", "cell", "cells", "platform",
            "technology", "derived", "pipeline", "based", "for", "via", "and", "of", "regenerative");
    private static final Pattern TRADEMARKS = Pattern.compile("[®™©]");
    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

    /**
     * One entry with a text it must decide and one it must not: from the table, or for a programme its name as an
     * intervention and the same name run into another word.
     */
    public record Entry(ProductEntry product, String matchingExample, String nonMatchingExample) {
    }

    private final Map<String, Entry> entries;

    private ProductDictionary(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static ProductDictionary bundled() {
        try (InputStream in = ProductDictionary.class.getResourceAsStream(PRODUCTS)) {
            return new ProductDictionary(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PRODUCTS, e);
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * This dictionary plus the programmes that name a product with a trial modality, unless an entry already knows
     * the name: {@code Engensis (VM202)} adds "Engensis" and "VM202"; {@code CAR-T therapies (GC Cell)} names no
     * product and platforms have no trial modality.
     */
    public ProductDictionary withProgrammes(List<Programme> programmes) {
        Map<String, Entry> more = new LinkedHashMap<>(entries);
        for (Programme programme : programmes) {
            List<String> aliases = productAliases(programme.name());
            if (programme.modality() == null || programme.modality() == Modality.PLATFORM || aliases.isEmpty()
                    || aliases.stream().anyMatch(this::knows)) {
                continue;
            }
            more.putIfAbsent("programme-" + programme.id(), new Entry(new ProductEntry("programme-" + programme.id(),
                    aliases.get(0), aliases, programme.modality(), programme.organizationId(), programme.countryCode(),
                    "CGT Atlas dataset programme " + programme.id()),
                    "BIOLOGICAL: " + aliases.get(0), "BIOLOGICAL: " + aliases.get(0) + "x"));
        }
        return new ProductDictionary(more);
    }

    /** This dictionary plus entries analysts added; an analyst's entry replaces one with the same id. */
    public ProductDictionary withEntries(List<ProductEntry> added) {
        Map<String, Entry> more = new LinkedHashMap<>(entries);
        for (ProductEntry product : added) {
            String alias = product.aliases().get(0);
            more.put(product.id(), new Entry(product, "BIOLOGICAL: " + alias, "BIOLOGICAL: " + alias + "x"));
        }
        return new ProductDictionary(more);
    }

    /** Whether an entry already has this alias (compared as the rule would match it). */
    boolean knows(String alias) {
        Pattern pattern = Pattern.compile(aliasPattern(alias));
        return entries.values().stream().flatMap(entry -> entry.product().aliases().stream())
                .anyMatch(known -> pattern.matcher(known.toLowerCase(Locale.ROOT)).matches());
    }

    List<ClassificationRule> rules(List<TrialField> fields) {
        List<ClassificationRule> rules = new ArrayList<>();
        for (Entry entry : entries.values()) {
            ProductEntry product = entry.product();
            String pattern = String.join("|", product.aliases().stream().map(ProductDictionary::aliasPattern).toList());
            rules.add(new ClassificationRule(RULE_PREFIX + product.id(), product.modality(), fields, Pattern.compile(pattern),
                    PRIORITY, "Names the product " + product.name() + " (" + product.modality().label() + ", "
                    + product.developer() + ")", entry.matchingExample(), entry.nonMatchingExample()));
        }
        return rules;
    }

    /**
     * A whole-word, lower-case pattern for an alias: letters and digits as written; a space or hyphen in it may be
     * either; where letters meet digits a hyphen may come between ("SB623" also finds "SB-623"). A short alias is
     * spelled out in each of its forms ({@code \bsb623\b|\bsb-623\b}), so the scanner looks for the whole alias and not
     * for a common fragment of it ("cel" of "ide-cel").
     */
    static String aliasPattern(String alias) {
        String lower = alias.strip().toLowerCase(Locale.ROOT);
        List<List<String>> pieces = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '-') {
                pieces.add(List.of("-", " "));
            } else {
                if (i > 0 && Character.isLetter(c) != Character.isLetter(lower.charAt(i - 1))
                        && Character.isLetterOrDigit(lower.charAt(i - 1)) && Character.isLetterOrDigit(c)) {
                    pieces.add(List.of("", "-"));
                }
                pieces.add(List.of(Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c))));
            }
        }
        String end = Character.isLetterOrDigit(lower.charAt(lower.length() - 1)) ? "\\b" : "";
        long forms = pieces.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (longestRun(lower) >= SPELL_OUT_BELOW || forms > MOST_FORMS) {
            StringBuilder pattern = new StringBuilder("\\b");
            for (List<String> piece : pieces) {
                pattern.append(piece.size() == 1 ? piece.get(0) : piece.equals(List.of("", "-")) ? "-?" : "[- ]");
            }
            return pattern.append(end).toString();
        }
        List<String> spelled = List.of("");
        for (List<String> piece : pieces) {
            spelled = spelled.stream().flatMap(prefix -> piece.stream().map(next -> prefix + next)).toList();
        }
        return String.join("|", spelled.stream().map(form -> "\\b" + form + end).toList());
    }

    private static int longestRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The product names in a programme's name; none when the name describes rather than names. */
    static List<String> productAliases(String programmeName) {
        String name = TRADEMARKS.matcher(programmeName).replaceAll("").strip();
        List<String> aliases = new ArrayList<>();
        var parenthesised = PARENTHESISED.matcher(name);
        if (parenthesised.matches()) {
            name = parenthesised.group(1).strip();
            String inner = parenthesised.group(2).strip();
            if (!inner.isEmpty() && !inner.contains(" ")) {
                aliases.add(inner);
            }
        }
        String[] words = name.split("\\s+");
        if (name.isEmpty() || words.length > 2) {
            return List.of();
        }
        for (String word : words) {
            for (String part : word.toLowerCase(Locale.ROOT).split("[-/]")) {
                if (DESCRIPTIVE_WORDS.contains(part)) {
                    return List.of();
                }
            }
        }
        aliases.add(0, name);
        return List.copyOf(aliases);
    }

    private static Map<String, Entry> read(InputStream in) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> table = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : table) {
                String where = PRODUCTS + ", line " + row.getStartingLineNumber();
                Entry entry = entry(row, where);
                if (entries.put(entry.product().id(), entry) != null) {
                    throw new IllegalStateException(where + ": the id " + entry.product().id() + " is used twice");
                }
            }
        } catch (NoSuchElementException e) {
            throw new IllegalStateException(PRODUCTS + ": a column is missing (" + e.getMessage() + ")", e);
        }
        return entries;
    }

    private static Entry entry(NamedCsvRecord row, String where) {
        String modality = row.getField("modality").strip();
        List<String> aliases = List.of(row.getField("aliases").split("\\|")).stream().map(String::strip)
                .filter(alias -> !alias.isEmpty()).toList();
        if (aliases.isEmpty()) {
            throw new IllegalStateException(where + ": a product needs at least one alias");
        }
        ProductEntry product = new ProductEntry(row.getField("id").strip(), row.getField("name").strip(), aliases,
                Modality.parse(modality).orElseThrow(() -> new IllegalStateException(where + ": unknown modality '" + modality + "'")),
                row.getField("developer").strip(), row.getField("country").strip(), row.getField("reference").strip());
        return new Entry(product, row.getField("matching_example"), row.getField("non_matching_example"));
    }
}
