package org.cgtatlas.testing;

import java.nio.file.Path;

/** The real ClinicalTrials.gov exports beside the project, in {@code ../shared/samples}, with their README's counts. */
public final class Samples {

    public static final Path FOLDER = Path.of("..", "shared", "samples");

    private Samples() {
    }

    public static Path of(String file) {
        return FOLDER.resolve(file);
    }
}
