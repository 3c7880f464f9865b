package org.cgtatlas.export.pdf.section;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cgtatlas.domain.Inference;
import org.cgtatlas.export.pdf.ReportData;

/**
 * Curator inferences on paper: a value the sources do not state carries the mark, and the appendix lists every
 * marked field of the report's facts with the curator's reason (a printed page cannot show it on hover).
 */
public final class CuratorInferences {

    public static final String MARK = " " + Inference.SIGN;
    public static final String LEGEND = " Values marked " + Inference.SIGN
            + " are the curator's inferences, not stated by the sources; the reasons are listed under Sources.";

    /** One marked field of one fact, as listed in the appendix. */
    public record Line(String fact, String field, String reason) {
    }

    private CuratorInferences() {
    }

    /** The text with the mark when any of {@code fields} is inferred. */
    public static String flag(String text, List<Inference> inferred, String... fields) {
        return Stream.of(fields).anyMatch(field -> Inference.on(inferred, field) != null) ? text + MARK : text;
    }

    public static List<Line> of(ReportData data) {
        List<Line> lines = new ArrayList<>();
        data.programmes().forEach(programme -> add(lines, "Programme: " + programme.name(), programme.inferred()));
        data.events().forEach(event -> add(lines, "Event: " + event.title(), event.inferred()));
        data.milestones().forEach(milestone -> add(lines, "Highlight: " + milestone.title(), milestone.inferred()));
        data.metrics().forEach(metric -> add(lines, "Figure: " + metric.kind().label() + " " + metric.wording()
                + " (" + metric.countryCode() + ")", metric.inferred()));
        data.organizations().forEach(organization -> add(lines, "Organization: " + organization.name(), organization.inferred()));
        data.people().forEach(person -> add(lines, "Person: " + person.name(), person.inferred()));
        return lines;
    }

    private static void add(List<Line> lines, String fact, List<Inference> inferred) {
        inferred.forEach(inference -> lines.add(new Line(fact, inference.fieldLabel(), inference.reason())));
    }
}
