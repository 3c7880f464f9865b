package org.cgtatlas.domain;

/** A verbatim passage of a source that supports a fact. */
public record Citation(String sourceId, String quote) {
}
