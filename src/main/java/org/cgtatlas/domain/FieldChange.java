package org.cgtatlas.domain;

/** One field of a record before and after a change, as text ("" where the field was empty or absent). */
public record FieldChange(String field, String before, String after) {
}
