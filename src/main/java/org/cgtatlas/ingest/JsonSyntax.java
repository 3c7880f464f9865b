package org.cgtatlas.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words Jackson's syntax complaints for an analyst: "Unexpected character (',' (code 44)): expected a value" becomes
 * "unexpected ','". The reader adds the place; Jackson's own text stays in the log and the technical details.
 */
public final class JsonSyntax {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final int FIRST_PRINTABLE = 32;

    private JsonSyntax() {
    }

    /** What is wrong at the place Jackson stopped, from its original message (without location). */
    public static String problem(String jacksonMessage) {
        String message = jacksonMessage == null ? "" : jacksonMessage;
        Matcher character = UNEXPECTED_CHARACTER.matcher(message);
        if (character.find()) {
            int code = Integer.parseInt(character.group(2));
            return code < FIRST_PRINTABLE ? controlCharacter() : "unexpected '" + character.group(1) + "'" + expected(message);
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        if (token.find()) {
            return "unexpected word '" + token.group(1) + "' (a text must be in double quotes)";
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            return "unexpected '" + close.group(1) + "': a bracket is closed that was not opened here";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return controlCharacter();
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends too early; it looks cut off";
        }
        return "this is not valid JSON";
    }

    private static String controlCharacter() {
        return "a line break or tab inside a text must be written as \\n or \\t";
    }

    private static String expected(String message) {
        if (message.contains("expected a value") || message.contains("expected a valid value")) {
            return " where a value should be";
        }
        if (message.contains("double-quote to start field name")) {
            return " where a field name in double quotes should be";
        }
        if (message.contains("comma to separate")) {
            return " where a comma should be";
        }
        return "";
    }
}
