package org.cgtatlas.core.error;

import java.util.regex.Pattern;
import org.cgtatlas.core.logging.FileLogConfigurator;

/**
 * The one place that turns a failure into words for the user; the window, its forms and the command line all use it,
 * so the same failure reads the same everywhere. The stack trace belongs in the log, never in these words.
 */
public final class ErrorWording {

    /** Jackson's place in the input ("at [Source: REDACTED (`StreamReadFeature…` disabled); line: 1, column: 2]"). */
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\s*(at )?\\[Source: [^\\]]*]");
    /** H2's statement and error code ("; SQL statement:\nINSERT … [22001-224]"). */
    private static final Pattern H2_STATEMENT = Pattern.compile(";? ?SQL statement:[\\s\\S]*");
    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[(\\d{5}-\\d+|\\d+\\.\\d+\\.\\d+/\\d+)]");
    /** A wrapped exception's class name in front of its message ("java.io.IOException: disk gone"). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ");
    /** For a failure that says nothing itself; its kind is in the technical details and the log. */
    private static final String UNEXPECTED = "an unexpected internal problem";
    private static final String LOG_DIRECTORY_PROPERTY = FileLogConfigurator.LOG_DIR;

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
            return UNEXPECTED;
        }
        String outerText = withoutLibraryText(outer.getMessage());
        String rootText = rootCause(error);
        return outerText.contains(rootText) || rootText.equals(UNEXPECTED) ? outerText : outerText + " (" + rootText + ")";
    }

    /**
     * What a technician needs and a user may skip, shown under "Technical details": each exception of the chain by
     * its kind and own message, and where the log with the full trace is. No stack trace: that is in the log.
     */
    public static String technicalDetails(Throwable error) {
        StringBuilder details = new StringBuilder();
        for (Throwable current = error; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (details.length() > 0) {
                details.append("\ncaused by ");
            }
            details.append(current.getClass().getName());
            if (hasMessage(current)) {
                details.append(": ").append(JACKSON_SOURCE.matcher(current.getMessage().strip()).replaceAll(""));
            }
        }
        String logFolder = System.getProperty(LOG_DIRECTORY_PROPERTY);
        if (logFolder != null) {
            details.append("\n\nThe full report is in the log: ").append(java.nio.file.Path.of(logFolder, "cgt-atlas.log"));
        }
        return details.toString();
    }

    /** Drops what a library adds to its message for developers: its input location, SQL, codes and class names. */
    static String withoutLibraryText(String message) {
        String text = JACKSON_SOURCE.matcher(message).replaceAll("");
        text = H2_STATEMENT.matcher(text).replaceAll("");
        text = H2_CODE.matcher(text).replaceAll("");
        text = CLASS_NAME.matcher(text).replaceAll("");
        return text.strip();
    }

    /**
     * The innermost message of the chain (or "an unexpected internal problem" when it has none), which is usually the one that names the
     * actual problem; for exceptions that word the problem themselves, e.g. "Cannot open the database in /data: " + it.
     */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = hasMessage(root) ? withoutLibraryText(root.getMessage()) : "";
        return text.isEmpty() ? UNEXPECTED : text;
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
