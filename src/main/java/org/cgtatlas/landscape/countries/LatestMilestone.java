package org.cgtatlas.landscape.countries;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Milestone;
import org.cgtatlas.domain.MilestoneCategory;
import org.cgtatlas.domain.PartialDate;
import org.cgtatlas.landscape.Landscape;

/**
 * A country's milestones of one category, latest dated first, for the comparison on screen and on paper. An undated
 * milestone is never called the latest: when none is dated, a lone milestone is named by its title and several by
 * "None dated".
 *
 * @param ordered latest dated first, undated last, then by title
 */
public record LatestMilestone(List<Milestone> ordered) {

    /** Latest dated first, undated last, then by title. */
    public static final Comparator<Milestone> LATEST_FIRST = Comparator
            .comparing(Milestone::date, Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(Milestone::title);

    public LatestMilestone {
        ordered = ordered.stream().sorted(LATEST_FIRST).toList();
    }

    public static LatestMilestone of(Landscape landscape, String countryCode, MilestoneCategory category) {
        return of(landscape.milestones(), countryCode, category);
    }

    public static LatestMilestone of(List<Milestone> milestones, String countryCode, MilestoneCategory category) {
        return new LatestMilestone(milestones.stream()
                .filter(milestone -> milestone.category() == category && countryCode.equals(milestone.countryCode()))
                .toList());
    }

    public boolean isEmpty() {
        return ordered.isEmpty();
    }

    /** The milestone the cell names: the latest dated one, or the only one. */
    public Optional<Milestone> named() {
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        Milestone first = ordered.get(0);
        return first.date() != null || ordered.size() == 1 ? Optional.of(first) : Optional.empty();
    }

    /** The named milestone's title, or "None dated"; empty text when there is no milestone. */
    public String headline() {
        return named().map(Milestone::title).orElse(ordered.isEmpty() ? "" : Messages.get("countries.milestones.undated"));
    }

    /** "5 milestones". */
    public String countText() {
        return Messages.get("countries.milestones.count", ordered.size());
    }
}
