package org.cgtatlas.feature.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.CollaborationEvent;
import org.cgtatlas.domain.Programme;
import org.cgtatlas.landscape.Landscape;
import org.cgtatlas.landscape.pipeline.PipelineRow;

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

    public static PipelineDetail of(PipelineRow row, Landscape landscape) {
        String organizationId = row.organizationId();
        List<Programme> others = landscape.programmes().stream()
                .filter(programme -> programme.organizationId().equals(organizationId) && !programme.id().equals(row.id()))
                .toList();
        List<CollaborationEvent> events = landscape.events().stream()
                .filter(event -> event.participants().stream()
                        .anyMatch(participant -> participant.organizationId().equals(organizationId)))
                .toList();
        Map<String, String> sourceTitles = new HashMap<>();
        row.citations().forEach(citation -> sourceTitles.put(citation.sourceId(), landscape.sourceTitle(citation.sourceId())));
        return new PipelineDetail(row, others, events, row.citations(), sourceTitles);
    }

    public String sourceTitle(Citation citation) {
        return sourceTitles.getOrDefault(citation.sourceId(), citation.sourceId());
    }
}
