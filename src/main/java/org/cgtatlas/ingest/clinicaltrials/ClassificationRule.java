package org.cgtatlas.ingest.clinicaltrials;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cgtatlas.domain.Modality;

/**
 * One row of {@code cgt-classification-rules.csv}: if {@code pattern} is found in one of {@code fields}
 * (lower-cased), the trial is of {@code modality} (null: the rule says "not CGT"). Lower priority numbers win.
 * Each rule carries an example it must match and one it must not, which the tests check.
 */
public record ClassificationRule(String id, Modality modality, List<TrialField> fields, Pattern pattern, int priority,
                                 String explanation, String matchingExample, String nonMatchingExample) {

    public ClassificationRule {
        fields = List.copyOf(fields);
    }

    /** The matched text in the lower-cased field text, or null. */
    String find(String lowerCaseText) {
        Matcher matcher = pattern.matcher(lowerCaseText);
        return matcher.find() ? matcher.group() : null;
    }

    public boolean matches(String text) {
        return find(text.toLowerCase(java.util.Locale.ROOT)) != null;
    }
}
