package org.cgtatlas.domain;

/** One intervention of a registered trial: its registry type ({@code DRUG}, {@code GENETIC}, …; empty if none given) and name. */
public record Intervention(String type, String name) {

    /** The form the registry uses in its CSV exports: {@code TYPE: name}. */
    public String label() {
        return type.isEmpty() ? name : appendLabelTo(new StringBuilder()).toString();
    }

    /** Appends {@link #label()} to {@code text} without building the label as a string of its own. */
    public StringBuilder appendLabelTo(StringBuilder text) {
        return type.isEmpty() ? text.append(name) : text.append(type).append(": ").append(name);
    }
}
