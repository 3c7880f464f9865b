package org.cgtatlas.export.pdf;

/** Lays out one part of the snapshot. */
@FunctionalInterface
public interface SectionRenderer {
    void render(ReportContext context);
}
