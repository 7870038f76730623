package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a correct pipeline must find in the generated files after repair; written to truth.json.
 * The exact definitions are in {@code package-info.java}.
 *
 * @param seed seed the files were generated from
 * @param dirtRate defect rate they were generated with
 * @param revenue sum over all sales rows of the repaired sales amount, whole currency units
 * @param salesRecords rows of sales_details.csv
 * @param orders distinct sls_ord_num
 * @param units sum of sls_quantity
 * @param customers distinct non-blank cst_id in cust_info.csv
 * @param customersWithOrders distinct sls_cust_id
 * @param productsInCatalog distinct sales keys (prd_key from its 7th character) in prd_info.csv
 * @param productsSold distinct sls_prd_key
 * @param firstOrderDate earliest valid sls_order_dt; null when no date is valid
 * @param lastOrderDate latest valid sls_order_dt; null when no date is valid
 * @param rowsByFile data rows, header excluded, by path relative to the output folder
 * @param defects planted defects by kind
 * @param campaign the planted campaign; null when none was planted
 */
public record GenerationTruth(
        long seed,
        double dirtRate,
        long revenue,
        long salesRecords,
        long orders,
        long units,
        long customers,
        long customersWithOrders,
        long productsInCatalog,
        long productsSold,
        LocalDate firstOrderDate,
        LocalDate lastOrderDate,
        Map<String, Long> rowsByFile,
        DefectCounts defects,
        PlantedCampaign campaign) {

    public static final String FILE_NAME = "truth.json";

    public GenerationTruth {
        requireNonNull(rowsByFile, "rowsByFile is null");
        requireNonNull(defects, "defects is null");
        if ((firstOrderDate == null) != (lastOrderDate == null)) {
            throw new IllegalArgumentException("first and last order date must both be set or unset");
        }
        rowsByFile = Map.copyOf(rowsByFile);
    }

    public GenerationTruth(
            long seed,
            double dirtRate,
            long revenue,
            long salesRecords,
            long orders,
            long units,
            long customers,
            long customersWithOrders,
            long productsInCatalog,
            long productsSold,
            LocalDate firstOrderDate,
            LocalDate lastOrderDate,
            Map<String, Long> rowsByFile,
            DefectCounts defects) {
        this(
                seed,
                dirtRate,
                revenue,
                salesRecords,
                orders,
                units,
                customers,
                customersWithOrders,
                productsInCatalog,
                productsSold,
                firstOrderDate,
                lastOrderDate,
                rowsByFile,
                defects,
                null);
    }

    public Optional<PlantedCampaign> plantedCampaign() {
        return Optional.ofNullable(campaign);
    }

    public Optional<LocalDate> firstValidOrderDate() {
        return Optional.ofNullable(firstOrderDate);
    }

    public Optional<LocalDate> lastValidOrderDate() {
        return Optional.ofNullable(lastOrderDate);
    }

    /** Reads the truth.json that {@link SalesDataGenerator} wrote into {@code outputDirectory}. */
    public static GenerationTruth read(Path outputDirectory) throws IOException {
        return TruthJson.read(outputDirectory.resolve(FILE_NAME));
    }
}
