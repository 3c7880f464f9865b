package org.cgtatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.css.CssParser;
import org.cgtatlas.ui.timeline.TimelineControl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stylesheet with a syntax error silently drops every rule after it; these must parse cleanly. */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/cgtatlas/ui/app.css", "/org/cgtatlas/ui/timeline/timeline.css"})
    void parsesWithoutErrors(String stylesheet) throws IOException {
        CssParser.errorsProperty().clear();
        new CssParser().parse(TimelineControl.class.getResource(stylesheet));
        assertThat(CssParser.errorsProperty()).isEmpty();
    }
}
