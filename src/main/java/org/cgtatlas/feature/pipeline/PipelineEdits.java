package org.cgtatlas.feature.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;

/**
 * Checks the forms and turns them into records: required fields, no second programme of the same name (trimmed,
 * ignoring case, as the database's unique key compares them) for one organization, and the provenance of an edit.
 */
public final class PipelineEdits {

    private PipelineEdits() {
    }

    /** The problems that keep the programme from being saved, worded for the analyst; empty when it can be. */
    public static List<String> problems(ProgrammeDraft draft, Programme existing, List<Programme> programmes,
                                        List<Organization> organizations) {
        List<String> problems = new ArrayList<>();
        if (blank(draft.name())) {
            problems.add(Messages.get("pipeline.validation.name"));
        }
        if (draft.organizationId() == null) {
            problems.add(Messages.get("pipeline.validation.organization"));
        }
        if (blank(draft.countryCode())) {
            problems.add(Messages.get("pipeline.validation.country"));
        }
        if (isDuplicate(draft, existing, programmes)) {
            problems.add(duplicateMessage(draft.organizationId(), draft.name(), organizations));
        }
        return problems;
    }

    public static boolean isDuplicate(ProgrammeDraft draft, Programme existing, List<Programme> programmes) {
        if (blank(draft.name()) || draft.organizationId() == null) {
            return false;
        }
        String key = nameKey(draft.name());
        String ownId = existing == null ? null : existing.id();
        return programmes.stream().anyMatch(programme -> programme.organizationId().equals(draft.organizationId())
                && !programme.id().equals(ownId) && nameKey(programme.name()).equals(key));
    }

    public static String duplicateMessage(String organizationId, String name, List<Organization> organizations) {
        String owner = organizations.stream().filter(organization -> organization.id().equals(organizationId))
                .map(Organization::name).findFirst().orElse(organizationId);
        return Messages.get("pipeline.validation.duplicate", owner, name.strip());
    }

    /**
     * The record to store: a new one gets a user id, an edited one keeps its id, citations and origin, and the
     * inference markers of the fields the analyst left unchanged.
     */
    public static Programme toProgramme(ProgrammeDraft draft, Programme existing, String user) {
        String id = existing == null ? RecordIds.newUserId("prog") : existing.id();
        RecordOrigin origin = existing == null ? RecordOrigin.USER : existing.provenance().origin();
        Programme edited = new Programme(id, draft.name().strip(), draft.organizationId(), draft.countryCode(), draft.modality(),
                orNull(draft.target()), orNull(draft.indication()), draft.stage(), orNull(draft.statusText()),
                draft.partnerIds().stream().filter(partner -> !partner.equals(draft.organizationId())).distinct().toList(),
                orNull(draft.description()), existing == null ? List.of() : existing.citations(),
                Provenance.editedNowBy(origin, user), List.of());
        return existing == null ? edited : edited.withInferred(Inference.keptAfterEdit(existing, edited, existing.inferred()));
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
