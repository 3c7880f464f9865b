package org.cgtatlas.ui.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.error.ErrorWording;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.data.OrganizationRepository;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.domain.Organization;
import org.cgtatlas.domain.Provenance;
import org.cgtatlas.domain.RecordIds;
import org.cgtatlas.domain.RecordOrigin;

/**
 * Checks the organization form and stores it, for every screen that lets the analyst add or change an organization
 * (the Pipeline's toolbar, the Timeline's event form). No toolkit: the screens' controllers call it.
 */
public final class OrganizationSaver {

    private final OrganizationRepository organizations;
    private final TaskExecutor tasks;

    public OrganizationSaver(OrganizationRepository organizations, TaskExecutor tasks) {
        this.organizations = organizations;
        this.tasks = tasks;
    }

    /**
     * Saves a new ({@code existing} null) or changed organization in the background. On success {@code onSaved} gets
     * the stored record; on failure {@code onFailed} gets the reason, worded for the analyst, and nothing is written.
     */
    public void save(OrganizationDraft draft, Organization existing, Consumer<Organization> onSaved, Consumer<String> onFailed) {
        List<String> problems = problems(draft);
        if (!problems.isEmpty()) {
            onFailed.accept(String.join(" ", problems));
            return;
        }
        Organization organization = toOrganization(draft, existing, RecordIds.currentUser());
        tasks.task(Messages.get("organization.form.saving"), progress -> {
            organizations.save(organization);
            return organization;
        }).onSuccess(onSaved::accept)
                .onError(error -> onFailed.accept(Messages.get("pipeline.save.failed", ErrorWording.forUser(error)))).start();
    }

    /** The problems that keep the organization from being saved; empty when it can be. */
    public static List<String> problems(OrganizationDraft draft) {
        List<String> problems = new ArrayList<>();
        if (blank(draft.name())) {
            problems.add(Messages.get("pipeline.validation.name"));
        }
        if (draft.type() == null) {
            problems.add(Messages.get("pipeline.validation.type"));
        }
        return problems;
    }

    /**
     * The record to store: a new one gets a user id, an edited one keeps its id, citations and origin, and the
     * inference markers of the fields the analyst left unchanged.
     */
    public static Organization toOrganization(OrganizationDraft draft, Organization existing, String user) {
        String id = existing == null ? RecordIds.newUserId("org") : existing.id();
        RecordOrigin origin = existing == null ? RecordOrigin.USER : existing.provenance().origin();
        List<String> aliases = draft.aliases().stream().map(String::strip).filter(alias -> !alias.isEmpty()).distinct().toList();
        Organization edited = new Organization(id, draft.name().strip(), orNull(draft.localName()), aliases,
                orNull(draft.countryCode()), draft.type(), orNull(draft.description()),
                existing == null ? List.of() : existing.citations(), Provenance.editedNowBy(origin, user), List.of());
        return existing == null ? edited : edited.withInferred(Inference.keptAfterEdit(existing, edited, existing.inferred()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
