package org.cgtatlas.domain;

/** One intervention of a registered trial: its registry type ({@code DRUG}, {@code GENETIC}, …; empty if none given) and name. */
public record Intervention(String type, String name) {

    /** The form the registry uses in its CSV exports: {@code TYPE: name}. */
    public String label() {
        return type.isEmpty() ? name : type + ": " + name;
    }
}
