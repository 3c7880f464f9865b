package org.cgtatlas.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cgtatlas.domain.RecordChange;

/** When a change was made, as the history shows it: local time, to the minute. */
public final class ChangeTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ChangeTimes() {
    }

    public static String of(RecordChange change) {
        return WHEN.format(change.changedAt().atZoneSameInstant(ZoneId.systemDefault()));
    }
}
