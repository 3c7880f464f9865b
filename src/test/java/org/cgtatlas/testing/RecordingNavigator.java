package org.cgtatlas.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cgtatlas.domain.AnalystSource;
import org.cgtatlas.domain.Citation;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.ui.navigation.Navigator;
import org.cgtatlas.ui.navigation.ScreenId;

/** A navigator that records where a screen asked to go, as "show TIMELINE", "source src-x", "pipeline CN CAR_T"… */
public final class RecordingNavigator implements Navigator {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    public List<String> calls() {
        return calls;
    }

    @Override
    public void show(ScreenId screen) {
        calls.add("show " + screen);
    }

    @Override
    public void showSource(Citation citation) {
        calls.add("source " + citation.sourceId());
    }

    @Override
    public void showAnalystSource(AnalystSource source) {
        calls.add("analyst source " + (source.opensInBrowser() ? source.url() : source.label()));
    }

    @Override
    public void showBriefings() {
        calls.add("briefings");
    }

    @Override
    public void showChanges() {
        calls.add("changes");
    }

    @Override
    public void showCountry(String countryCode) {
        calls.add("country " + countryCode);
    }

    @Override
    public void showPipeline(String countryCode, Modality modality) {
        calls.add("pipeline " + countryCode + " " + (modality == null ? null : modality.name()));
    }

    @Override
    public void showTimeline(String countryCode) {
        calls.add("timeline " + countryCode);
    }
}
