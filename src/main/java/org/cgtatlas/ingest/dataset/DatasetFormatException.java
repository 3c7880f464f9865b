package org.cgtatlas.ingest.dataset;

import java.util.List;
import org.cgtatlas.core.error.WordedForUser;

/** A dataset file that cannot be imported; each problem names where it is, e.g. "programmes[12].stage: …". */
public final class DatasetFormatException extends RuntimeException implements WordedForUser {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public DatasetFormatException(String file, List<String> problems) {
        super(file + ": " + (problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n  " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size())))
                        + (problems.size() > 20 ? "\n  …" : "")));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
