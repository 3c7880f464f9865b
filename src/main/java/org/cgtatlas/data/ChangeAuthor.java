package org.cgtatlas.data;

/** Who the change log names as the author of a change; for now the operating system's user. */
@FunctionalInterface
public interface ChangeAuthor {

    String name();

    static ChangeAuthor osUser() {
        return () -> System.getProperty("user.name", "unknown");
    }
}
