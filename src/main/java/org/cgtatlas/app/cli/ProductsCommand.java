package org.cgtatlas.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cgtatlas.core.db.Database;
import org.cgtatlas.data.ProductEntries;
import org.cgtatlas.data.ProductEntryRepository;
import org.cgtatlas.domain.ProductEntry;
import org.cgtatlas.ingest.clinicaltrials.ProductDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cgt-atlas products list|add}: the products the trial classifier knows by name, and adding one. An added product
 * classifies the trials of the next import (re-import an export to reclassify its trials).
 */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Lists the products the trial classifier knows by name, or adds one.")
public final class ProductsCommand {

    @ParentCommand
    private CgtAtlasCommand parent;

    @Spec
    private CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the bundled and the added products.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(parent.dataFolder())) {
            List<ProductEntry> added = new ProductEntryRepository(database).findAll();
            List<ProductDictionary.Entry> bundled = ProductDictionary.bundled().entries();
            out.printf("Bundled products (%s): %d%n", ProductDictionary.PRODUCTS, bundled.size());
            bundled.forEach(entry -> print(out, entry.product()));
            out.printf("Added by analysts: %d%n", added.size());
            added.forEach(entry -> print(out, entry));
        }
        out.flush();
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a product (or replaces the added one with the same id); it counts from the next import.")
    int add(@Option(names = "--id", required = true, description = "A stable key, e.g. zetastem.") String id,
            @Option(names = "--name", required = true) String name,
            @Option(names = "--aliases", required = true, description = "Brand names, INNs and codes, separated by |.") String aliases,
            @Option(names = "--modality", required = true, description = "A modality, e.g. MSC or CAR_T.") String modality,
            @Option(names = "--developer", required = true) String developer,
            @Option(names = "--country", required = true, description = "ISO code, e.g. KR.") String country,
            @Option(names = "--reference", required = true, description = "A public reference (URL or citation).") String reference) {
        ProductEntry entry;
        try (Database database = Database.open(parent.dataFolder())) {
            entry = new ProductEntries(new ProductEntryRepository(database)).add(id, name, aliases, modality, developer, country,
                    reference);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Added %s; trials naming it are classified as %s from the next import.%n", entry.name(), entry.modality().label());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, ProductEntry product) {
        out.printf("  %-22s %-28s %-2s %s%n", product.id(), product.modality().label(), product.country(),
                String.join(" | ", product.aliases()));
    }
}
