package org.cgtatlas.ui.form;

import java.util.Optional;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.DateRules;
import org.cgtatlas.domain.PartialDate;

/** How every form words {@link DateRules}' verdict on a date field, prefixed with the field's label. */
public final class FormDates {

    private FormDates() {
    }

    /** The problem with a typed, non-blank date, e.g. 'Date: "2026-02-30" — no such day.'. */
    public static Optional<String> problem(String label, String text) {
        return DateRules.check(text).map(problem -> Messages.get("form.date." + problem.name(), label, text.strip(),
                String.valueOf(DateRules.EARLIEST_YEAR), String.valueOf(DateRules.LATEST_YEAR)));
    }

    /** The question a form asks before saving a date more than {@value DateRules#FAR_AHEAD_YEARS} years ahead. */
    public static String farAheadQuestion(String label, PartialDate date) {
        return Messages.get("form.date.farAhead", label, date.iso(), String.valueOf(DateRules.FAR_AHEAD_YEARS));
    }
}
