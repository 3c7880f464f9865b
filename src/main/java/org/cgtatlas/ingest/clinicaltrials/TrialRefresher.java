package org.cgtatlas.ingest.clinicaltrials;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.db.DatabaseBackups;
import org.cgtatlas.data.RegistryRefreshRepository;
import org.cgtatlas.data.RegistryRunLog;
import org.cgtatlas.domain.RegistryRefresh;
import org.cgtatlas.domain.TrialImportSummary;
import org.cgtatlas.ingest.ImportFormat;
import org.cgtatlas.ingest.clinicaltrials.api.ApiClientSettings;
import org.cgtatlas.ingest.clinicaltrials.api.CtgovApiClient;
import org.cgtatlas.ingest.clinicaltrials.api.Pause;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshQuery;
import org.cgtatlas.ingest.clinicaltrials.api.RegistryVersion;

/**
 * {@code File ▸ Update trials from ClinicalTrials.gov…} and {@code cgt-atlas refresh ctgov}: asks the API for the
 * saved query's studies — after a refresh with the same server and query, only those updated since that refresh's
 * registry data date; with {@code full}, all — and stores every study returned exactly as an import of API JSON
 * does, in one transaction together with the refresh's record. Any failure, or a cancel, leaves the database as it
 * was; a backup is taken first, once the server has answered.
 */
public final class TrialRefresher {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final TrialImporter importer;
    private final RegistryRefreshRepository refreshes;
    private final DatabaseBackups backups;
    private final CountryMatcher countries;
    private final Function<BooleanSupplier, Pause> pauses;
    private final Clock clock;

    /** {@code pauses} makes the client's pause from "has the user cancelled" (see {@link CtgovApiClient#sleepingUnless}). */
    public TrialRefresher(TrialImporter importer, RegistryRefreshRepository refreshes, DatabaseBackups backups,
                          Function<BooleanSupplier, Pause> pauses, Clock clock) {
        this.importer = importer;
        this.refreshes = refreshes;
        this.backups = backups;
        this.countries = CountryMatcher.standard();
        this.pauses = pauses;
        this.clock = clock;
    }

    /** What to refresh: the server, how to talk to it, the saved query, and whether to ask for everything. */
    public record Request(ApiClientSettings client, RefreshQuery query, boolean full) {
    }

    public RefreshOutcome refresh(Request request, Progress progress) {
        try (CtgovApiClient client = new CtgovApiClient(request.client(), pauses.apply(progress::isCancelled),
                progress::isCancelled)) {
            RefreshProgress pages = new RefreshProgress(progress, client.url().server());
            progress.message(pages.connecting());
            RegistryVersion version = client.version();
            LocalDate since = request.full() ? null : updatedSince(request).orElse(null);
            RefreshQuery asked = since == null ? request.query() : request.query().updatedSince(since);
            backups.backup("before-refresh");
            Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String name = "ctgov-refresh-" + client.url().server() + "-" + NAME_TIME.format(startedAt) + ".json";
            TrialImportSummary summary = importer.importStudies(name,
                    new RegistryRunLog.Run(RegistryRunLog.Cause.REGISTRY_REFRESH, client.url().toString()),
                    ImportFormat.CTGOV_JSON, progress,
                    copy -> new TrialImporter.Feed(new ApiStudyPages(client, asked, copy, countries, pages, progress),
                            pages::recordRead, () -> { }, dataDay(version)),
                    false,
                    (connection, stored) -> RegistryRefreshRepository.record(connection, new RegistryRefresh(
                            RegistryRefresh.CTGOV, client.url().toString(), request.query().text(), since,
                            version.dataTimestamp(), startedAt, pages.pages(), stored.studiesRead(),
                            stored.importId() == 0 ? null : stored.importId())));
            return new RefreshOutcome(client.url().toString(), request.query(), since, version, pages.pages(),
                    pages.total(), summary);
        }
    }

    /**
     * The date of the last refresh's registry data, if it asked the same server the same query: studies updated on
     * or after it are asked for (the day overlaps, so none is missed; asking again for one changes nothing).
     */
    Optional<LocalDate> updatedSince(Request request) {
        return refreshes.last(RegistryRefresh.CTGOV)
                .filter(last -> last.apiUrl().equals(request.client().url().toString()))
                .filter(last -> last.query().equals(request.query().text()))
                .flatMap(last -> dateOf(last.dataTimestamp()));
    }

    /**
     * The registry's data date as the import's data date, the one an export's file date stands for. The registry
     * states a day on its own clock without a zone; noon UTC keeps that day in every time zone a briefing is read in.
     */
    private static Instant dataDay(RegistryVersion version) {
        return dateOf(version.dataTimestamp()).map(day -> day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)).orElse(null);
    }

    private static Optional<LocalDate> dateOf(String dataTimestamp) {
        try {
            return Optional.of(LocalDate.parse(dataTimestamp.substring(0, Math.min(10, dataTimestamp.length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
