package org.cgtatlas.app;

import javafx.scene.Node;
import org.cgtatlas.core.DataRevision;
import org.cgtatlas.core.concurrent.TaskExecutor;
import org.cgtatlas.core.settings.SettingsStore;
import org.cgtatlas.data.RecordHistory;
import org.cgtatlas.feature.countries.CountriesController;
import org.cgtatlas.feature.countries.CountriesModel;
import org.cgtatlas.feature.countries.CountriesView;
import org.cgtatlas.landscape.LandscapeCache;
import org.cgtatlas.ui.navigation.Navigator;

/** The Countries screen's factory. */
final class CountriesScreen extends Screen {

    private final CountriesModel model = new CountriesModel();
    private final CountriesController controller;
    private final DataRevision dataRevision;

    CountriesScreen(TaskExecutor tasks, LandscapeCache landscape, SettingsStore settings, DataRevision dataRevision,
                    Navigator navigator, RecordHistory history) {
        this.controller = new CountriesController(model, tasks, landscape, settings, navigator, history);
        this.dataRevision = dataRevision;
    }

    /** Selects a country's profile (null: keeps the selection), whether or not the screen is built yet. */
    void selectCountry(String countryCode) {
        if (countryCode != null) {
            controller.selectCountry(countryCode);
        }
    }

    @Override
    protected Node build() {
        controller.follow(dataRevision);
        controller.refresh();
        return new CountriesView(model, controller).root();
    }
}
