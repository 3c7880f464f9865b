package org.cgtatlas.export.pdf;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the analyst asked to print: the sections, the paper, and the filters. The filters are used only when
 * {@code applyFilters} is set, so the dialog can keep the current filters without applying them.
 */
public record SnapshotRequest(Set<ReportSection> sections, ReportPageSize pageSize, ReportFilter filter, boolean applyFilters) {

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
