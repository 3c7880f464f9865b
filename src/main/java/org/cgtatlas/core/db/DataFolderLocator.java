package org.cgtatlas.core.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the per-user folder that holds CGT Atlas's database, settings, logs and backups.
 * Precedence: an explicit {@code --data-dir}, then {@code CGT_ATLAS_HOME}, then the platform's convention.
 */
public final class DataFolderLocator {

    public static final String HOME_VARIABLE = "CGT_ATLAS_HOME";

    private final Map<String, String> environment;
    private final String osName;
    private final Path userHome;

    public DataFolderLocator(Map<String, String> environment, String osName, Path userHome) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static DataFolderLocator forThisMachine() {
        return new DataFolderLocator(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    public Path locate(Path explicitFolder) {
        if (explicitFolder != null) {
            return explicitFolder.toAbsolutePath().normalize();
        }
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return platformDefault();
    }

    private Path platformDefault() {
        if (osName.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("CGT Atlas");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("CGT Atlas");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("cgt-atlas");
    }
}
