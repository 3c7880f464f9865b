package org.cgtatlas.domain;

/** A document the data is quoted from, with its full (cleaned) text. */
public record Source(String id, String title, String publisher, PartialDate publishedOn, String language,
                     String url, String cleaningNote, String text) {
}
