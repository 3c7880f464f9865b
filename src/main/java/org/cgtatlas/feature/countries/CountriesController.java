package org.cgtatlas.feature.countries;

import org.cgtatlas.core.i18n.Messages;

/** Loads what the Countries screen shows. */
public final class CountriesController {

    private final CountriesModel model;

    public CountriesController(CountriesModel model) {
        this.model = model;
    }

    public void refresh() {
        model.headlineProperty().set(Messages.get("countries.empty.headline"));
        model.hintProperty().set(Messages.get("countries.empty.hint"));
    }
}
