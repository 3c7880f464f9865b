package org.cgtatlas.feature.countries;

import javafx.scene.Node;
import org.cgtatlas.feature.shell.ScreenId;
import org.cgtatlas.ui.EmptyState;

/** The Countries screen. */
public final class CountriesView {

    private final Node root;

    public CountriesView(CountriesModel model) {
        root = new EmptyState(ScreenId.COUNTRIES.icon(), model.headlineProperty(), model.hintProperty());
    }

    public Node root() {
        return root;
    }
}
