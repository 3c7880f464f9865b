package org.cgtatlas.domain;

/** A country or region, by ISO 3166-1 alpha-2 code; {@code inRegion} marks the East Asia focus countries. */
public record Country(String code, String name, String localName, boolean inRegion) {
}
