package org.cgtatlas.domain;

/** A quoted passage of a source together with the fact it supports, e.g. the programme "Yescarta". */
public record CitedPassage(String sourceId, String quote, SubjectType subjectType, String subjectId, String subjectTitle) {

    public Citation citation() {
        return new Citation(sourceId, quote);
    }
}
