package org.cgtatlas.export.pdf.section;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cgtatlas.domain.PartialDate;

/** Maps days to x positions across whole calendar years, with a tick at the start of each year. */
public final class TimeAxis {

    private final LocalDate from;
    private final LocalDate until;
    private final float left;
    private final float width;

    public TimeAxis(LocalDate from, LocalDate until, float left, float width) {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("An axis needs until after from: " + from + " .. " + until);
        }
        this.from = from;
        this.until = until;
        this.left = left;
        this.width = width;
    }

    /** From the 1st of January of the earliest year to the 1st of January after the latest day covered. */
    public static TimeAxis covering(Collection<PartialDate> dates, float left, float width) {
        int first = dates.stream().mapToInt(date -> date.start().getYear()).min().orElse(LocalDate.now().getYear());
        int last = dates.stream().mapToInt(date -> date.end().getYear()).max().orElse(first);
        return new TimeAxis(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1), left, width);
    }

    public float x(LocalDate day) {
        long total = ChronoUnit.DAYS.between(from, until);
        return left + width * ChronoUnit.DAYS.between(from, day) / total;
    }

    /** Where the axis ends. */
    public float right() {
        return left + width;
    }

    /** The x after the last day {@code date} covers, so a month or a year is drawn as its whole span. */
    public float endX(PartialDate date) {
        return x(date.end().plusDays(1));
    }

    /** The years whose 1st of January is on the axis, including the closing one. */
    public List<Integer> yearTicks() {
        List<Integer> years = new ArrayList<>();
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            years.add(year);
        }
        return years;
    }
}
