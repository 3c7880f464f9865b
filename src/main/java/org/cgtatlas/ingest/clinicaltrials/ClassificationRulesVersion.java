package org.cgtatlas.ingest.clinicaltrials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names the version of the classification rules by their content, so an export can say which rules classified it. */
public final class ClassificationRulesVersion {

    private ClassificationRulesVersion() {
    }

    /** "cgt-classification-rules.csv sha256:1a2b3c4d5e6f" (the first 12 hex digits of the table's hash). */
    public static String current() {
        try (InputStream in = CgtClassifier.class.getResourceAsStream(CgtClassifier.RULES)) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            String file = CgtClassifier.RULES.substring(CgtClassifier.RULES.lastIndexOf('/') + 1);
            return file + " sha256:" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CgtClassifier.RULES, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
