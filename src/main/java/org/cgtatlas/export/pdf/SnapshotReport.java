package org.cgtatlas.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.export.pdf.layout.ReportLayout;
import org.cgtatlas.export.pdf.section.ChangesRenderer;
import org.cgtatlas.export.pdf.section.ComparisonRenderer;
import org.cgtatlas.export.pdf.section.CoverRenderer;
import org.cgtatlas.export.pdf.section.CrossBorderRenderer;
import org.cgtatlas.export.pdf.section.OverviewRenderer;
import org.cgtatlas.export.pdf.section.PipelineRenderer;
import org.cgtatlas.export.pdf.section.SectionInputs;
import org.cgtatlas.export.pdf.section.SourcesRenderer;
import org.cgtatlas.export.pdf.section.TimelineRenderer;
import org.cgtatlas.export.pdf.section.TrialsRenderer;

/**
 * The briefing-ready PDF: a cover, then the chosen sections in their fixed order, each from its own renderer.
 * The comparison, pipeline, timeline and cross-border sections draw {@link SectionInputs}: derived from the
 * {@link ReportData} unless the caller passes the screens' own.
 */
public final class SnapshotReport {

    public static final String TITLE = "East Asia Cell & Gene Therapy Snapshot";
    static final String SUBJECT = "Cell and gene therapy landscape of China, Japan, South Korea and Taiwan";

    private final ReportData data;
    private final SnapshotRequest request;
    private final SectionInputs inputs;

    public SnapshotReport(ReportData data, SnapshotRequest request) {
        this(data, request, SectionInputs.from(data));
    }

    public SnapshotReport(ReportData data, SnapshotRequest request, SectionInputs inputs) {
        this.data = data;
        this.request = request;
        this.inputs = inputs;
    }

    /** Lays the report out and writes it to {@code out}; returns the number of pages. */
    public int writeTo(OutputStream out, Progress progress) throws IOException {
        try (ReportLayout layout = new ReportLayout(request.pageSize().rectangle(), progress)) {
            ReportContext context = new ReportContext(data, request, layout);
            CoverRenderer cover = new CoverRenderer();
            List<SectionRenderer> renderers = renderers(cover, context);
            int done = 0;
            for (SectionRenderer renderer : renderers) {
                progress.checkCancelled();
                renderer.render(context);
                progress.update(++done, renderers.size() + 1L);
            }
            cover.drawContents(layout);
            GregorianCalendar created = GregorianCalendar.from(data.exportedAt());
            layout.finish(TITLE, SUBJECT, created);
            progress.message(Messages.get("export.progress.saving", layout.pageCount()));
            layout.save(out);
            progress.update(renderers.size() + 1L, renderers.size() + 1L);
            return layout.pageCount();
        }
    }

    public byte[] toBytes(Progress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        writeTo(out, progress);
        return out.toByteArray();
    }

    private List<SectionRenderer> renderers(CoverRenderer cover, ReportContext context) {
        List<SectionRenderer> renderers = new ArrayList<>();
        renderers.add(cover);
        if (context.request().changes() != null) {
            renderers.add(new ChangesRenderer(context.request().changes()));
        }
        for (ReportSection section : ReportSection.values()) {
            if (!context.request().includes(section)) {
                continue;
            }
            renderers.add(switch (section) {
                case OVERVIEW -> new OverviewRenderer(inputs.comparison());
                case COUNTRY_COMPARISON -> new ComparisonRenderer(inputs.comparison());
                case PIPELINE -> new PipelineRenderer(inputs.pipeline());
                case TIMELINE -> new TimelineRenderer(inputs.timeline());
                case CROSS_BORDER_MATRIX -> new CrossBorderRenderer(inputs.crossBorder());
                case TRIALS -> new TrialsRenderer();
                case SOURCES -> new SourcesRenderer();
            });
        }
        return renderers;
    }
}
