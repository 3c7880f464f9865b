package org.cgtatlas.app.cli;

import java.util.concurrent.Callable;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.BriefingRepository;
import org.cgtatlas.export.briefing.BriefingList;
import org.cgtatlas.export.briefing.BriefingListOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cgt-atlas briefings [--format text|csv|json]}: the briefings pinned by PDF exports, newest first. */
@Command(name = "briefings", mixinStandardHelpOptions = true,
        description = "Lists the briefings pinned by PDF exports, newest first, with whether each file is still there.")
public final class BriefingsCommand implements Callable<Integer> {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private BriefingListOutput.Format format;

    @Override
    public Integer call() {
        try (Database database = Database.open(parent.dataFolder())) {
            BriefingListOutput.write(new BriefingList(new BriefingRepository(database)).read(), format,
                    spec.commandLine().getOut());
        }
        return 0;
    }
}
