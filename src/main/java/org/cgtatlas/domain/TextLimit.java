package org.cgtatlas.domain;

/**
 * The longest text each form field may hold: the size of the database column it is stored in, kept here once so that
 * forms say so before saving instead of the database refusing the value. {@code TextLimitTest} compares every limit
 * with the column in the migrated schema, so the two cannot drift apart.
 */
public enum TextLimit {
    EVENT_TITLE("COLLABORATION_EVENT", "TITLE", 1000),
    EVENT_PLACE("COLLABORATION_EVENT", "PLACE", 500),
    EVENT_DESCRIPTION("COLLABORATION_EVENT", "DESCRIPTION", 8000),
    PROGRAMME_NAME("PROGRAMME", "NAME", 500),
    PROGRAMME_TARGET("PROGRAMME", "TARGET", 200),
    PROGRAMME_INDICATION("PROGRAMME", "INDICATION", 1000),
    PROGRAMME_STATUS("PROGRAMME", "STATUS_TEXT", 1000),
    PROGRAMME_DESCRIPTION("PROGRAMME", "DESCRIPTION", 4000),
    ORGANIZATION_NAME("ORGANIZATION", "NAME", 500),
    ORGANIZATION_LOCAL_NAME("ORGANIZATION", "LOCAL_NAME", 500),
    ORGANIZATION_ALIAS("ORGANIZATION_ALIAS", "ALIAS", 500),
    ORGANIZATION_DESCRIPTION("ORGANIZATION", "DESCRIPTION", 4000);

    private final String table;
    private final String column;
    private final int maxLength;

    TextLimit(String table, String column, int maxLength) {
        this.table = table;
        this.column = column;
        this.maxLength = maxLength;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Whether the text, as it will be stored (stripped), fits. */
    public boolean fits(String text) {
        return text == null || text.strip().length() <= maxLength;
    }
}
