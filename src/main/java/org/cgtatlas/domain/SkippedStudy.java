package org.cgtatlas.domain;

/** A record of an export that was well-formed but not usable, where it was (e.g. "line 12") and why. */
public record SkippedStudy(String location, String reason) {
}
