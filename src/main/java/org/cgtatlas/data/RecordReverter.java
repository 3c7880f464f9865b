package org.cgtatlas.data;

import java.util.Set;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.domain.ChangeCause;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.CountryMetric;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.RecordChange;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordKind;
import org.cgtatlas.domain.TrialOverride;

/**
 * "Revert to this version": writes a record back as it was after a logged change, through its repository's usual
 * write (so the log gets a row with cause revert), and hands back how to undo that (a write with cause undo).
 */
public final class RecordReverter {

    /** What a revert did, and the write that takes it back. */
    public record Reverted(RecordKind kind, String recordId, Runnable undo) {
    }

    private static final Set<RecordKind> REVERTIBLE = Set.of(
            RecordKind.PROGRAMME, RecordKind.ORGANIZATION, RecordKind.EVENT, RecordKind.METRIC, RecordKind.TRIAL_OVERRIDE);

    private final Database database;
    private final ProgrammeRepository programmes;
    private final OrganizationRepository organizations;
    private final EventRepository events;
    private final MetricRepository metrics;
    private final TrialOverrideRepository overrides;

    public RecordReverter(Database database, ChangeRecorder changes) {
        this.database = database;
        this.programmes = new ProgrammeRepository(database, changes);
        this.organizations = new OrganizationRepository(database, changes);
        this.events = new EventRepository(database, changes);
        this.metrics = new MetricRepository(database, changes);
        this.overrides = new TrialOverrideRepository(database, changes);
    }

    /** Whether {@code version} can be written back: a kind the analyst edits, and a change that left the record there. */
    public static boolean canRevertTo(RecordChange version) {
        return REVERTIBLE.contains(version.kind()) && version.fieldsAfter() != null;
    }

    /**
     * Writes the record back as {@code version} left it. If the record is gone now it comes back, and the undo
     * deletes it again (a figure, which is never deleted by hand, cannot be brought back this way).
     */
    public Reverted revert(RecordChange version) {
        if (!canRevertTo(version)) {
            throw new IllegalArgumentException("A " + version.kind().key() + " cannot be reverted to this change");
        }
        Record past = ChangeJson.read(version.fieldsAfter(), version.kind().type());
        Record current = current(version.kind(), version.recordId());
        if (current == null && version.kind() == RecordKind.METRIC) {
            throw new IllegalArgumentException("The figure " + version.recordId() + " no longer exists");
        }
        write(past, ChangeCause.REVERT);
        Runnable undo = current == null ? () -> delete(past) : () -> write(current, ChangeCause.UNDO);
        return new Reverted(version.kind(), version.recordId(), undo);
    }

    private Record current(RecordKind kind, String id) {
        return database.read(connection -> switch (kind) {
            case PROGRAMME -> programmes.find(connection, id);
            case ORGANIZATION -> organizations.find(connection, id);
            case EVENT -> events.findOrNull(connection, id);
            case METRIC -> metrics.find(connection, id);
            case TRIAL_OVERRIDE -> TrialOverrideRepository.find(connection, id);
            default -> throw new IllegalArgumentException("A " + kind.key() + " cannot be reverted");
        });
    }

    private void write(Record record, ChangeCause cause) {
        if (record instanceof Programme programme) {
            programmes.save(programme, cause);
        } else if (record instanceof Organization organization) {
            organizations.save(organization, cause);
        } else if (record instanceof CollaborationEvent event) {
            events.save(event, cause);
        } else if (record instanceof CountryMetric metric) {
            metrics.save(metric, cause);
        } else if (record instanceof TrialOverride override) {
            overrides.save(override, cause);
        } else {
            throw new IllegalArgumentException("A " + record.getClass().getSimpleName() + " cannot be reverted");
        }
    }

    private void delete(Record record) {
        if (record instanceof Programme programme) {
            programmes.delete(programme, ChangeCause.UNDO);
        } else if (record instanceof Organization organization) {
            organizations.delete(organization, ChangeCause.UNDO);
        } else if (record instanceof CollaborationEvent event) {
            events.delete(event.id(), RecordIds.currentUser(), ChangeCause.UNDO);
        } else if (record instanceof TrialOverride override) {
            overrides.remove(override.trialId(), ChangeCause.UNDO);
        } else {
            throw new IllegalArgumentException("A " + record.getClass().getSimpleName() + " cannot be deleted");
        }
    }
}
