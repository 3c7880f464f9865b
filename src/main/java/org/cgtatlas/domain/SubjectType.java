package org.cgtatlas.domain;

/** The kinds of facts that carry citations, as stored in {@code citation.subject_type}. */
public enum SubjectType {
    ORGANIZATION, METRIC, MILESTONE, PIPELINE_LISTING, PROGRAMME, EVENT, PERSON
}
