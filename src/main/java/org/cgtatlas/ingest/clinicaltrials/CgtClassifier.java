package org.cgtatlas.ingest.clinicaltrials;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.cgtatlas.domain.Confidence;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.Trial;
import org.cgtatlas.domain.TrialClassification;

/**
 * Classifies trials as cell or gene therapy by the products of the {@link ProductDictionary} and the keyword rules of
 * {@code cgt-classification-rules.csv} (one readable table: rule id, modality, fields, pattern, priority, explanation,
 * examples). The rules are compiled once; the first rule by priority that finds its pattern in one of its fields
 * decides. The summary is weighed least: it is read only by rules that list it, and only when no rule matched in the
 * titles, conditions or interventions, so a passing mention there never outvotes an intervention. The field that
 * decided sets the classification's {@link Confidence}.
 */
public final class CgtClassifier {

    public static final String RULES = "/org/cgtatlas/ingest/cgt-classification-rules.csv";
    static final String NOT_CGT = "NOT_CGT";

    private final List<ClassificationRule> rules;
    private final RuleGroup[] groups;
    /** Finds, in one pass over a text, the literals the rules' prefilters look for first (their rarest). */
    private final MultiLiteralScanner scanner;
    private final CandidateGroups candidates;
    /** The fields some group reads before the summary, and those read after (the summary). */
    private final TrialField[] strongFields;
    private final TrialField[] weakFields;

    CgtClassifier(List<ClassificationRule> rules) {
        List<ClassificationRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt(ClassificationRule::priority));
        this.rules = List.copyOf(sorted);
        Map<String, Integer> literalIndices = new LinkedHashMap<>();
        ToIntFunction<String> literalIndex = literal -> literalIndices.computeIfAbsent(literal, added -> literalIndices.size());
        List<RuleGroup> grouped = new ArrayList<>();
        List<ClassificationRule> members = new ArrayList<>();
        for (ClassificationRule rule : this.rules) {
            if (!members.isEmpty() && !sameGroup(members.get(0), rule)) {
                grouped.add(RuleGroup.of(members, literalIndex));
                members.clear();
            }
            members.add(rule);
        }
        if (!members.isEmpty()) {
            grouped.add(RuleGroup.of(members, literalIndex));
        }
        groups = grouped.toArray(RuleGroup[]::new);
        scanner = MultiLiteralScanner.of(List.copyOf(literalIndices.keySet()));
        candidates = new CandidateGroups(grouped.stream().map(RuleGroup::search).toList(), literalIndices.size());
        strongFields = fieldsOfAnyGroup(grouped, RuleGroup::strongFields);
        weakFields = fieldsOfAnyGroup(grouped, RuleGroup::weakFields);
    }

    private static TrialField[] fieldsOfAnyGroup(List<RuleGroup> groups, Function<RuleGroup, TrialField[]> fields) {
        return groups.stream().flatMap(group -> Arrays.stream(fields.apply(group))).distinct().sorted()
                .toArray(TrialField[]::new);
    }

    /** The rules, the bundled product dictionary and the products named by the bundled dataset's programmes. */
    public static CgtClassifier standard() {
        return withProducts(ProductDictionary.bundled().withProgrammes(BundledProgrammes.INSTANCE.programmes()));
    }

    public static CgtClassifier withProducts(ProductDictionary products) {
        List<ClassificationRule> all = new ArrayList<>(loadRules());
        all.addAll(products.rules(PRODUCT_FIELDS));
        return new CgtClassifier(all);
    }

    /** Where a product's name is looked for: everywhere a name can stand, the summary last. */
    static final List<TrialField> PRODUCT_FIELDS = List.of(TrialField.INTERVENTIONS, TrialField.TITLE, TrialField.SUMMARY);

    public List<ClassificationRule> rules() {
        return rules;
    }

    /** Safe to call from several threads at once: all the state of one classification is local to the call. */
    public TrialClassification classify(Trial trial) {
        return classify(trial, TrialDetails.NONE);
    }

    /** Safe to call from several threads at once: all the state of one classification is local to the call. */
    public TrialClassification classify(Trial trial, TrialDetails details) {
        ScannedTrialTexts texts = new ScannedTrialTexts(trial, details, scanner);
        TrialClassification strong = firstMatch(texts, false);
        if (strong != null) {
            return strong;
        }
        TrialClassification weak = firstMatch(texts, true);
        return weak != null ? weak : TrialClassification.notCgt();
    }

    /** The first group by priority that matches one of its fields, of the groups the fields' scans make candidates. */
    private TrialClassification firstMatch(ScannedTrialTexts texts, boolean weak) {
        long[] candidateGroups = candidates.of(texts, weak ? weakFields : strongFields);
        for (int word = 0; word < candidateGroups.length; word++) {
            for (long bits = candidateGroups[word]; bits != 0; bits &= bits - 1) {
                TrialClassification match = firstMatch(texts, groups[word * 64 + Long.numberOfTrailingZeros(bits)], weak);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    private static TrialClassification firstMatch(ScannedTrialTexts texts, RuleGroup group, boolean weak) {
        for (TrialField field : weak ? group.weakFields() : group.strongFields()) {
            MultiLiteralScanner.Scan scan = texts.scan(field);
            if (!group.search().mayMatch(scan)) {
                continue;
            }
            String matched = group.search().find(scan, () -> texts.lowerCase(field));
            if (matched != null) {
                ClassificationRule rule = group.memberMatching(matched);
                return new TrialClassification(rule.modality(), rule.id(), field.key(), matched, rule.explanation(),
                        field.confidence());
            }
        }
        return null;
    }

    /** Rules of one priority reading the same fields (the products) are searched as one pattern. */
    private static boolean sameGroup(ClassificationRule first, ClassificationRule rule) {
        return first.priority() == rule.priority() && first.fields().equals(rule.fields());
    }

    /** Rules searched together; which of them matched is told from the matched text afterwards (rarely needed). */
    private record RuleGroup(List<ClassificationRule> members, RuleSearch search, TrialField[] strongFields,
                             TrialField[] weakFields) {

        static RuleGroup of(List<ClassificationRule> members, ToIntFunction<String> literalIndex) {
            Pattern pattern = members.size() == 1 ? members.get(0).pattern()
                    : Pattern.compile(String.join("|", members.stream().map(rule -> rule.pattern().pattern()).toList()));
            List<TrialField> fields = fieldsRead(members.get(0));
            return new RuleGroup(List.copyOf(members), RuleSearch.of(pattern, literalIndex),
                    fields.stream().filter(field -> !field.isWeak()).toArray(TrialField[]::new),
                    fields.stream().filter(TrialField::isWeak).toArray(TrialField[]::new));
        }

        ClassificationRule memberMatching(String matched) {
            if (members.size() == 1) {
                return members.get(0);
            }
            for (ClassificationRule member : members) {
                if (member.pattern().matcher(matched).matches()) {
                    return member;
                }
            }
            return members.stream().filter(member -> member.pattern().matcher(matched).find()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No rule of its group matches '" + matched + "'"));
        }
    }

    /** A rule's fields with what each implies: titles bring the official title, interventions their details. */
    private static List<TrialField> fieldsRead(ClassificationRule rule) {
        List<TrialField> read = new ArrayList<>();
        for (TrialField field : rule.fields()) {
            read.add(field);
            if (field == TrialField.TITLE) {
                read.add(TrialField.OFFICIAL_TITLE);
            } else if (field == TrialField.INTERVENTIONS) {
                read.add(TrialField.INTERVENTION_DETAILS);
            }
        }
        return List.copyOf(read);
    }

    static List<ClassificationRule> loadRules() {
        List<ClassificationRule> rules = new ArrayList<>();
        try (InputStream in = CgtClassifier.class.getResourceAsStream(RULES);
             CsvReader<CsvRecord> table = CsvReader.builder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
            for (CsvRecord row : table) {
                if (row.getStartingLineNumber() > 1) {
                    rules.add(rule(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RULES, e);
        }
        return rules;
    }

    private static ClassificationRule rule(CsvRecord row) {
        String where = RULES + ", line " + row.getStartingLineNumber();
        if (row.getFieldCount() != 8) {
            throw new IllegalStateException(where + ": expected 8 columns, found " + row.getFieldCount());
        }
        String modality = row.getField(1).strip();
        List<TrialField> fields = new ArrayList<>();
        for (String field : row.getField(2).split("\\|")) {
            fields.add(TrialField.parse(field));
        }
        String pattern = row.getField(3);
        if (!pattern.equals(pattern.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException(where + ": patterns are matched against lower-cased text; write them in lower case");
        }
        try {
            return new ClassificationRule(row.getField(0).strip(),
                    modality.equals(NOT_CGT) ? null : Modality.valueOf(modality),
                    fields, Pattern.compile(pattern), Integer.parseInt(row.getField(4).strip()), row.getField(5).strip(),
                    row.getField(6), row.getField(7));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }
}
