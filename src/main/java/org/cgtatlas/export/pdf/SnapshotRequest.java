package org.cgtatlas.export.pdf;

import java.util.EnumSet;
import java.util.Set;
import org.cgtatlas.landscape.history.ChangesSince;

/**
 * What the analyst asked to print: the sections, the paper, and the filters. The filters are used only when
 * {@code applyFilters} is set, so the dialog can keep the current filters without applying them. {@code changes}, when
 * given, adds the "What changed since" section after the cover.
 */
public record SnapshotRequest(Set<ReportSection> sections, ReportPageSize pageSize, ReportFilter filter, boolean applyFilters,
                              ChangesSince changes) {

    /** A request without the "What changed since" section. */
    public SnapshotRequest(Set<ReportSection> sections, ReportPageSize pageSize, ReportFilter filter, boolean applyFilters) {
        this(sections, pageSize, filter, applyFilters, null);
    }

    /** The same request with the "What changed since" section showing {@code since} (null: without it). */
    public SnapshotRequest withChanges(ChangesSince since) {
        return new SnapshotRequest(sections, pageSize, filter, applyFilters, since);
    }

    public SnapshotRequest {
        if (sections == null || sections.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one section to include");
        }
        sections = Set.copyOf(EnumSet.copyOf(sections));
        pageSize = pageSize == null ? ReportPageSize.A4 : pageSize;
        filter = filter == null ? ReportFilter.NONE : filter;
    }

    public static SnapshotRequest everything(ReportPageSize pageSize) {
        return new SnapshotRequest(EnumSet.allOf(ReportSection.class), pageSize, ReportFilter.NONE, false);
    }

    public ReportFilter effectiveFilter() {
        return applyFilters ? filter : ReportFilter.NONE;
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }
}
