package org.cgtatlas.core.db;

/** The innermost message of an error chain, which is usually the one that says what actually went wrong. */
final class ErrorText {

    private ErrorText() {
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
