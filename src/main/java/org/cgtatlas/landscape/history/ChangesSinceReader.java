package org.cgtatlas.landscape.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.data.ChangeLogRepository;
import org.cgtatlas.data.RegistryRunRepository;
import org.cgtatlas.domain.Briefing;

/**
 * Reads a {@link ChangesSince} from the database, from a briefing or a day; the one place the screen, the PDF and
 * the command line turn "since" into a starting revision, so that all three show the same figures.
 */
public final class ChangesSinceReader {

    /** The forms "since" takes, for the message on a wrong one. */
    public static final String VALID_FORMS = "Use a briefing's id (cgt-atlas briefings lists them, e.g. 3) "
            + "or a day as YYYY-MM-DD (e.g. 2026-11-30).";

    private final ChangeLogRepository changeLog;
    private final RegistryRunRepository registryRuns;
    private final BriefingRepository briefings;

    public ChangesSinceReader(ChangeLogRepository changeLog, RegistryRunRepository registryRuns, BriefingRepository briefings) {
        this.changeLog = changeLog;
        this.registryRuns = registryRuns;
        this.briefings = briefings;
    }

    /** The briefings to choose from, newest first. */
    public List<Briefing> briefings() {
        return briefings.findAll();
    }

    /** "since" as a briefing id or a day in {@code zone}; a wrong one throws with a message listing the valid forms. */
    public ChangesSince.Start start(String since, ZoneId zone) {
        String text = since == null ? "" : since.strip();
        if (text.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(text.replace("#", ""));
            return briefings.findAll().stream().filter(briefing -> briefing.id() == id).findFirst().map(ChangesSinceReader::start)
                    .orElseThrow(() -> new IllegalArgumentException("No briefing has the id " + id + ". " + VALID_FORMS));
        }
        try {
            return start(LocalDate.parse(text), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' names no briefing and is not a date. " + VALID_FORMS, e);
        }
    }

    public static ChangesSince.Start start(Briefing briefing) {
        return new ChangesSince.Start("briefing #" + briefing.id() + " '" + briefing.title() + "', "
                + LocalDate.ofInstant(briefing.createdAt(), ZoneOffset.UTC), briefing.dataRevision(),
                briefing.createdAt().atOffset(ZoneOffset.UTC));
    }

    /** The start of {@code day}: the last change before it; a day before the oldest kept change throws, saying how far back the history goes. */
    public ChangesSince.Start start(LocalDate day, ZoneId zone) {
        OffsetDateTime at = day.atStartOfDay(zone).toOffsetDateTime();
        Optional<OffsetDateTime> oldest = changeLog.oldest();
        if (oldest.isPresent() && at.isBefore(oldest.get())) {
            LocalDate first = oldest.get().atZoneSameInstant(zone).toLocalDate();
            throw new IllegalArgumentException("The history goes back to " + first + " only (the oldest kept change); "
                    + "choose " + first.plusDays(1) + " or later, or a briefing since then.");
        }
        return new ChangesSince.Start(day.toString(), changeLog.revisionBefore(at), at);
    }

    public ChangesSince read(ChangesSince.Start start, ChangesSince.Filter filter) {
        long now = changeLog.revision();
        return ChangesSince.of(start, now, changeLog.between(start.revision(), now), registryRuns.since(start.revision()),
                filter);
    }
}
