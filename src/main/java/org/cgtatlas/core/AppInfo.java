package org.cgtatlas.core;

import java.nio.file.Path;

/** What Help ▸ About and {@code cgt-atlas info} tell about this installation. */
public record AppInfo(String version, Path dataFolder, Path databaseFile, String schemaVersion) {
}
