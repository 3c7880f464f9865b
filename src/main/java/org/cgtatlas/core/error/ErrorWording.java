package org.cgtatlas.core.error;

/**
 * The one place that turns a failure into words for the user; the window, its forms and the command line all use it,
 * so the same failure reads the same everywhere. The stack trace belongs in the log, never in these words.
 */
public final class ErrorWording {

    private ErrorWording() {
    }

    /**
     * What to tell the user: an exception {@link WordedForUser} (anywhere in the chain) speaks for itself; otherwise the
     * outermost message that says something, followed by the innermost one in brackets when that adds something
     * (a wrapper's "Cannot save" and the disk's "No space left on device").
     */
    public static String forUser(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof WordedForUser && hasMessage(current)) {
                return current.getMessage().strip();
            }
        }
        Throwable outer = outermostWithMessage(error);
        if (outer == null) {
            return error.getClass().getSimpleName();
        }
        String outerText = outer.getMessage().strip();
        String rootText = rootCause(error);
        return outerText.contains(rootText) ? outerText : outerText + " (" + rootText + ")";
    }

    /**
     * The innermost message of the chain (or the innermost exception's kind), which is usually the one that names the
     * actual problem; for exceptions that word the problem themselves, e.g. "Cannot open the database in /data: " + it.
     */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return hasMessage(root) ? root.getMessage().strip() : root.getClass().getSimpleName();
    }

    /** Skips wrappers such as {@code new RuntimeException(cause)}, whose message is only the cause's class and message. */
    private static Throwable outermostWithMessage(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            boolean onlyRepeatsCause = current.getCause() != null && current.getCause().toString().equals(current.getMessage());
            if (hasMessage(current) && !onlyRepeatsCause) {
                return current;
            }
        }
        return null;
    }

    private static boolean hasMessage(Throwable error) {
        return error.getMessage() != null && !error.getMessage().isBlank();
    }
}
