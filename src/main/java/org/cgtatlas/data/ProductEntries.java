package org.cgtatlas.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cgtatlas.core.error.WordedForUser;
import org.cgtatlas.domain.Modality;
import org.cgtatlas.domain.ProductEntry;

/**
 * Adding a product to the classifier's dictionary, checked the same way from the window and the command line; it
 * classifies the trials of the next import.
 */
public final class ProductEntries {

    private final ProductEntryRepository repository;

    public ProductEntries(ProductEntryRepository repository) {
        this.repository = repository;
    }

    /** An entry that cannot be saved, worded for the user. */
    public static final class InvalidProductException extends IllegalArgumentException implements WordedForUser {
        InvalidProductException(String message) {
            super(message);
        }
    }

    /**
     * Adds the product (or replaces the added one with the same id). A blank {@code id} is made from the name;
     * {@code aliases} are separated by {@code |}; {@code modality} is a modality's name or label.
     *
     * @throws InvalidProductException naming the field that is wrong
     */
    public ProductEntry add(String id, String name, String aliases, String modality, String developer, String country,
                            String reference) {
        String productName = required(name, "name");
        Modality parsed = Modality.parse(modality).orElseThrow(() -> new InvalidProductException("'" + modality
                + "' is not a modality; use one of "
                + Arrays.stream(Modality.values()).map(Modality::name).collect(Collectors.joining(", ")) + "."));
        List<String> aliasList = Arrays.stream(required(aliases, "aliases").split("\\|")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).toList();
        String countryCode = required(country, "country").toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new InvalidProductException("country: '" + country + "' is not a two-letter ISO code such as KR.");
        }
        String key = id == null || id.isBlank() ? idOf(productName) : id.strip();
        ProductEntry entry = new ProductEntry(key, productName, aliasList.isEmpty() ? List.of(productName) : aliasList, parsed,
                required(developer, "developer"), countryCode, required(reference, "reference"));
        repository.save(entry);
        return entry;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidProductException(field + ": needed for a product the classifier can cite.");
        }
        return value.strip();
    }

    private static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
