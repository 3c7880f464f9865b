package org.cgtatlas.feature.pipeline;

import java.util.List;
import org.cgtatlas.domain.DevelopmentStage;
import org.cgtatlas.domain.Modality;

/** What the programme form holds: free texts as typed, choices as picked (null when not picked). */
public record ProgrammeDraft(String name, String organizationId, String countryCode, Modality modality, String target,
                             String indication, DevelopmentStage stage, String statusText, List<String> partnerIds,
                             String description) {

    public ProgrammeDraft {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
