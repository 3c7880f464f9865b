package org.cgtatlas.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible texts, from {@code org/cgtatlas/i18n/messages*.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.cgtatlas.i18n.messages";

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
