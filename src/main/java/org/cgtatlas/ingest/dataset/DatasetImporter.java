package org.cgtatlas.ingest.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cgtatlas.data.DatasetRepository;
import org.cgtatlas.data.DatasetRepository.WriteMode;
import org.cgtatlas.domain.Dataset;
import org.cgtatlas.domain.DatasetWriteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings datasets into the database: the bundled one at start-up (only when it is newer than what is stored,
 * never overwriting the analyst's edits), and dataset files the analyst imports (checked fully before anything is written).
 */
public final class DatasetImporter {

    public static final String BUNDLE_RESOURCE = "/org/cgtatlas/dataset/east-asia-cgt.json";
    private static final Logger LOG = LoggerFactory.getLogger(DatasetImporter.class);

    private final DatasetRepository repository;
    private final String bundleResource;

    public DatasetImporter(DatasetRepository repository) {
        this(repository, BUNDLE_RESOURCE);
    }

    /** With another bundle, for tests of upgrades. */
    public DatasetImporter(DatasetRepository repository, String bundleResource) {
        this.repository = repository;
        this.bundleResource = bundleResource;
    }

    public Dataset bundled() {
        try (InputStream in = openBundle()) {
            return new DatasetReader().read(in, bundleResource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the bundled dataset if the database holds none or an older version; returns what it did. Only the
     * bundle's version is read unless it is to be loaded.
     */
    public Optional<DatasetWriteSummary> loadBundleIfNewer() {
        Optional<String> stored = repository.storedVersion();
        boolean upToDate = stored.isPresent()
                && bundledVersion().filter(bundled -> DatasetVersion.compare(stored.get(), bundled) >= 0).isPresent();
        if (upToDate) {
            return Optional.empty();
        }
        Dataset bundle = bundled();
        DatasetWriteSummary summary = repository.write(bundle, WriteMode.BUNDLE_UPGRADE);
        LOG.info("Loaded bundled dataset {} over {}: {}", bundle.datasetVersion(), stored.orElse("an empty database"), summary);
        return Optional.of(summary);
    }

    private Optional<String> bundledVersion() {
        try (InputStream in = openBundle()) {
            return DatasetHeader.version(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream openBundle() {
        InputStream in = DatasetImporter.class.getResourceAsStream(bundleResource);
        if (in == null) {
            throw new IllegalStateException("The bundled dataset " + bundleResource + " is missing from the build");
        }
        return in;
    }

    /** The curated records as stored now, to tell whether an import changed any. */
    public Dataset stored() {
        return repository.load();
    }

    /** Reads, checks and writes a dataset file in one transaction; a file with any problem changes nothing. */
    public DatasetWriteSummary importFile(Path file) {
        String name = file.toString();
        Dataset dataset;
        try (InputStream in = Files.newInputStream(file)) {
            dataset = new DatasetReader().read(in, name);
        } catch (IOException e) {
            throw new DatasetFormatException(name, List.of("cannot be read: " + e.getMessage()));
        }
        List<String> problems = new DatasetValidator(repository.storedIds(), repository.storedSourceTexts())
                .problems(dataset);
        if (!problems.isEmpty()) {
            throw new DatasetFormatException(name, problems);
        }
        return repository.write(dataset, WriteMode.IMPORT);
    }
}
