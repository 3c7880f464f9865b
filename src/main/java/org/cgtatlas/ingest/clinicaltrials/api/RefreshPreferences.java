package org.cgtatlas.ingest.clinicaltrials.api;

import java.util.List;
import java.util.function.Supplier;
import org.cgtatlas.core.settings.SettingsStore;

/**
 * The refresh's settings in {@code settings.properties}: the API's address ({@value #API_URL}) and the saved query
 * ({@value #QUERY}); without them, the registry itself and the query built from the classification rules.
 */
public final class RefreshPreferences {

    public static final String API_URL = "ctgov.apiUrl";
    public static final String QUERY = "ctgov.query";

    private final SettingsStore settings;
    private final Supplier<List<String>> ruleTerms;
    private List<String> knownRuleTerms;

    /**
     * {@code ruleTerms}: the classification rules' search phrases ({@link EssieTerms}), for the default query; asked
     * once, when first needed (building the rules reads the product dictionary, which start-up need not wait for).
     */
    public RefreshPreferences(SettingsStore settings, Supplier<List<String>> ruleTerms) {
        this.settings = settings;
        this.ruleTerms = ruleTerms;
    }

    public String apiUrl() {
        return settings.get(API_URL, ApiUrl.DEFAULT);
    }

    public synchronized RefreshQuery defaultQuery() {
        if (knownRuleTerms == null) {
            knownRuleTerms = List.copyOf(ruleTerms.get());
        }
        return RefreshQuery.of(knownRuleTerms);
    }

    public RefreshQuery query() {
        return settings.get(QUERY).map(RefreshQuery::parse).orElseGet(this::defaultQuery);
    }

    /** Keeps both (checked first: a wrong address or query throws and nothing is saved). */
    public void save(String apiUrl, String queryText) {
        ApiUrl url = ApiUrl.parse(apiUrl);
        RefreshQuery query = RefreshQuery.parse(queryText);
        settings.put(API_URL, url.toString());
        settings.put(QUERY, query.equals(defaultQuery()) ? null : query.text());
        settings.save();
    }
}
