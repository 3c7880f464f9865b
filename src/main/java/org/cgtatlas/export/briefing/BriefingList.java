package org.cgtatlas.export.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cgtatlas.core.files.Sha256;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.domain.Briefing;

/**
 * The pinned briefings, newest first, each with its file's state: present (the same bytes: SHA-256 equal), changed
 * (another file now at that path), or moved or deleted. Reads the files, so call it off the FX thread.
 */
public final class BriefingList {

    private final BriefingRepository briefings;

    public BriefingList(BriefingRepository briefings) {
        this.briefings = briefings;
    }

    public List<ListedBriefing> read() {
        return briefings.findAll().stream().map(briefing -> new ListedBriefing(briefing, stateOf(briefing))).toList();
    }

    static ListedBriefing.FileState stateOf(Briefing briefing) {
        Path file = Path.of(briefing.filePath());
        if (!Files.isRegularFile(file)) {
            return ListedBriefing.FileState.MISSING;
        }
        try {
            return Sha256.of(file).equals(briefing.sha256()) ? ListedBriefing.FileState.PRESENT : ListedBriefing.FileState.CHANGED;
        } catch (IOException e) {
            return ListedBriefing.FileState.MISSING;
        }
    }
}
