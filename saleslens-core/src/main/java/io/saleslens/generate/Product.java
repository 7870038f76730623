package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One product of the generated catalog; prd_info.csv holds one row per version of it.
 *
 * @param salesKey the key sales_details.csv uses (FR-R92R-58); unique in the catalog
 * @param category its subcategory
 * @param name product name, without commas
 * @param listPrice unit price charged in every sale, whole currency units
 * @param cost cost of the first version; later versions cost a little more
 * @param versions how many rows prd_info.csv holds for it (1 to 3)
 * @param firstStart validity start of the first version
 * @param sellable whether any order can contain it
 */
record Product(
        String salesKey,
        Category category,
        String name,
        int listPrice,
        int cost,
        int versions,
        LocalDate firstStart,
        boolean sellable) {

    Product {
        requireNonNull(salesKey, "salesKey is null");
        requireNonNull(category, "category is null");
        requireNonNull(name, "name is null");
        requireNonNull(firstStart, "firstStart is null");
        if (listPrice < 1) {
            throw new IllegalArgumentException("listPrice must be positive, got " + listPrice);
        }
        if (versions < 1) {
            throw new IllegalArgumentException("versions must be at least 1, got " + versions);
        }
        if (name.indexOf(',') >= 0 || salesKey.indexOf(',') >= 0) {
            throw new IllegalArgumentException("product fields must not contain commas: " + name);
        }
    }

    /** The full key of prd_info.csv: category id with a dash, a dash, then the sales key. */
    String prdKey() {
        return category.prdKeyPrefix() + '-' + salesKey;
    }

    /** Versions start a year apart; each one costs about 4% more than the one before. */
    LocalDate versionStart(int version) {
        return firstStart.plusYears(version);
    }

    int versionCost(int version) {
        return cost + cost * 4 * version / 100;
    }
}
