package org.cgtatlas.ui.form;

import java.util.Optional;
import javafx.scene.control.Control;
import org.cgtatlas.core.i18n.Messages;
import org.cgtatlas.domain.TextLimit;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

/** How every form says that a text is longer than its column holds, before saving, in its message list. */
public final class FormLimits {

    private FormLimits() {
    }

    /** E.g. 'Title: 1,012 characters — at most 1,000.'; empty while the text fits. */
    public static Optional<String> problem(String label, String text, TextLimit limit) {
        return limit.fits(text) ? Optional.empty()
                : Optional.of(Messages.get("form.tooLong", label, text.strip().length(), limit.maxLength()));
    }

    /** The same check as a validator, to register alone or {@link Validator#combine combined} with a field's others. */
    public static Validator<String> validator(String label, TextLimit limit) {
        return (Control control, String text) -> {
            Optional<String> problem = problem(label, text, limit);
            return ValidationResult.fromErrorIf(control, problem.orElse(""), problem.isPresent());
        };
    }
}
