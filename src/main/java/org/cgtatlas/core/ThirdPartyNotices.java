package org.cgtatlas.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The licences of the libraries and fonts CGT Atlas ships with, for Help ▸ About. */
public final class ThirdPartyNotices {

    private ThirdPartyNotices() {
    }

    public static String text() {
        try (InputStream in = ThirdPartyNotices.class.getResourceAsStream("third-party-licenses.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
