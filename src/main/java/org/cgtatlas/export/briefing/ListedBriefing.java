package org.cgtatlas.export.briefing;

import org.cgtatlas.domain.Briefing;

/** A briefing as the list shows it: with what became of its file. */
public record ListedBriefing(Briefing briefing, FileState file) {

    /** The file at the briefing's path now. */
    public enum FileState {
        PRESENT("file present"),
        CHANGED("file changed since the export"),
        MISSING("file moved or deleted");

        private final String label;

        FileState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
