package org.cgtatlas.core.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key/value settings kept in a properties file in the data folder (window layout, theme, screen layouts).
 * Writes go to a temporary file that is then moved over the old one, so a crash never leaves half a file.
 */
public final class SettingsStore {


    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private SettingsStore(Path file) {
        this.file = file;
    }

    /** Reads the file if there is one; an unreadable file is logged and replaced by defaults. */
    public static SettingsStore load(Path file) {
        SettingsStore store = new SettingsStore(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            properties.stringPropertyNames().forEach(name -> store.values.put(name, properties.getProperty(name)));
        } catch (NoSuchFileException e) {
            log().debug("No settings yet at {}", file);
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Ignoring unreadable settings file {}: {}", file, e.getMessage());
        }
        return store;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public synchronized String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public synchronized double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    public synchronized void save() {
        Properties properties = new Properties();
        properties.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "CGT Atlas settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Looked up when needed: reading the settings is on the way to the first frame, setting up logging is not. */
    private static Logger log() {
        return LoggerFactory.getLogger(SettingsStore.class);
    }
}
