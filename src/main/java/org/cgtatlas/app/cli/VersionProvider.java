package org.cgtatlas.app.cli;

import org.cgtatlas.core.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code cgt-atlas --version} from the build. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"CGT Atlas " + AppVersion.current(), "Java " + System.getProperty("java.version")};
    }
}
