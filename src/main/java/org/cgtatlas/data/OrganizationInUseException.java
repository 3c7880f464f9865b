package org.cgtatlas.data;

import org.cgtatlas.core.db.DatabaseException;

/** An organization that still owns programmes cannot be deleted; its programmes must go (or move) first. */
public final class OrganizationInUseException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final int programmeCount;

    public OrganizationInUseException(String organizationName, int programmeCount) {
        super(organizationName + " still has " + programmeCount + " programme(s); delete or move them first");
        this.programmeCount = programmeCount;
    }

    public int programmeCount() {
        return programmeCount;
    }
}
