package org.cgtatlas.landscape.pipeline;

import java.util.List;

/**
 * What pipeline rows hold, counted truthfully: named programmes, and companies a source lists without naming a
 * programme. The Pipeline screen, the PDF and the command line all count with this, so they agree.
 */
public record PipelineCount(long programmes, long companiesWithoutProgramme) {

    public static final PipelineCount NONE = new PipelineCount(0, 0);

    public static PipelineCount of(List<PipelineRow> rows) {
        long listings = rows.stream().filter(PipelineRow::isListing).count();
        return new PipelineCount(rows.size() - listings, listings);
    }

    /** In English for the report and the command line: "29 programmes and 18 listed companies without a named programme". */
    public String inWords() {
        return programmes + (programmes == 1 ? " programme" : " programmes") + " and " + companiesWithoutProgramme
                + (companiesWithoutProgramme == 1 ? " listed company" : " listed companies") + " without a named programme";
    }
}
