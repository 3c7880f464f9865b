package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cgtatlas.app.AppServices;
import org.cgtatlas.core.concurrent.Progress;
import org.cgtatlas.ingest.clinicaltrials.TrialRefresher;
import org.cgtatlas.ingest.clinicaltrials.api.ApiClientSettings;
import org.cgtatlas.ingest.clinicaltrials.api.ApiUrl;
import org.cgtatlas.ingest.clinicaltrials.api.RefreshPreferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas refresh ctgov [--api-url URL] [--full]}: the saved query's studies from the API, all or nothing. */
@Command(name = "ctgov", mixinStandardHelpOptions = true,
        description = "Fetches the saved query's studies from the ClinicalTrials.gov API v2 and stores them as an import "
                + "does; after a first refresh, only studies updated since the last one. A backup is taken first. "
                + "All or nothing: a failure on any page changes nothing.")
public final class CtgovRefreshCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "The API's address for this run (default: the setting " + RefreshPreferences.API_URL
                    + ", else " + ApiUrl.DEFAULT + "); http or https only.")
    private String apiUrl;

    @Option(names = "--full", description = "Ask for every study of the query, not only those updated since the last refresh.")
    private boolean full;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CgtAtlasCommand root = (CgtAtlasCommand) spec.root().userObject();
        try (AppServices services = AppServices.open(root.dataFolder())) {
            RefreshPreferences preferences = services.refreshPreferences();
            ApiUrl url = ApiUrl.parse(apiUrl != null ? apiUrl : preferences.apiUrl());
            TrialRefresher.Request request = new TrialRefresher.Request(ApiClientSettings.standard(url), preferences.query(), full);
            services.trialRefresher().refresh(request, Progress.NONE).summaryLines(services.region()).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
