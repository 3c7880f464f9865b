package org.cgtatlas.feature.pipeline;

import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Programme;

/**
 * What the detail pane shows for the selected row: the row, its company's other programmes, the events its company
 * takes part in (by date), and its citations with the titles of their sources.
 */
public record PipelineDetail(PipelineRow row, List<Programme> otherProgrammes, List<CollaborationEvent> events,
                             List<Citation> citations, Map<String, String> sourceTitles) {

    public PipelineDetail {
        otherProgrammes = List.copyOf(otherProgrammes);
        events = List.copyOf(events);
        citations = List.copyOf(citations);
        sourceTitles = Map.copyOf(sourceTitles);
    }

    public static PipelineDetail of(PipelineRow row, PipelineData data) {
        String organizationId = row.organization() == null ? null : row.organization().id();
        List<Programme> others = data.programmes().stream()
                .filter(programme -> programme.organizationId().equals(organizationId) && !programme.id().equals(row.id()))
                .toList();
        List<CollaborationEvent> events = data.events().stream()
                .filter(event -> event.participants().stream()
                        .anyMatch(participant -> participant.organizationId().equals(organizationId)))
                .toList();
        return new PipelineDetail(row, others, events, row.citations(), data.sourceTitles());
    }

    public String sourceTitle(Citation citation) {
        return sourceTitles.getOrDefault(citation.sourceId(), citation.sourceId());
    }
}
