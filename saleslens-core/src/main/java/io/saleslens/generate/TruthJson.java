package io.saleslens.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** truth.json: snake_case keys, built by hand so the file's shape does not follow refactorings. */
final class TruthJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TruthJson() {}

    static void write(GenerationTruth truth, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("seed", truth.seed());
        root.put("dirt_rate", truth.dirtRate());
        root.put("revenue", truth.revenue());
        root.put("sales_records", truth.salesRecords());
        root.put("orders", truth.orders());
        root.put("units", truth.units());
        root.put("customers", truth.customers());
        root.put("customers_with_orders", truth.customersWithOrders());
        root.put("products_in_catalog", truth.productsInCatalog());
        root.put("products_sold", truth.productsSold());
        root.put("first_order_date", dateText(truth.firstOrderDate()));
        root.put("last_order_date", dateText(truth.lastOrderDate()));
        ObjectNode rows = root.putObject("rows");
        new TreeMap<>(truth.rowsByFile()).forEach(rows::put);
        DefectCounts defects = truth.defects();
        ObjectNode defectNode = root.putObject("defects");
        defectNode.put("duplicate_customer_ids", defects.duplicateCustomerIds());
        defectNode.put("missing_customer_ids", defects.missingCustomerIds());
        defectNode.put("invalid_order_dates", defects.invalidOrderDates());
        defectNode.put("inconsistent_sales_amounts", defects.inconsistentSalesAmounts());
        defectNode.put("invalid_prices", defects.invalidPrices());
        defectNode.put("padded_strings", defects.paddedStrings());
        defectNode.put("variant_country_spellings", defects.variantCountrySpellings());
        defectNode.put("variant_gender_spellings", defects.variantGenderSpellings());
        defectNode.put("variant_spellings", defects.variantSpellings());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    static GenerationTruth read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        Map<String, Long> rows = new LinkedHashMap<>();
        root.path("rows")
                .fields()
                .forEachRemaining(e -> rows.put(e.getKey(), e.getValue().asLong()));
        JsonNode defects = root.path("defects");
        return new GenerationTruth(
                root.path("seed").asLong(),
                root.path("dirt_rate").asDouble(),
                root.path("revenue").asLong(),
                root.path("sales_records").asLong(),
                root.path("orders").asLong(),
                root.path("units").asLong(),
                root.path("customers").asLong(),
                root.path("customers_with_orders").asLong(),
                root.path("products_in_catalog").asLong(),
                root.path("products_sold").asLong(),
                date(root.path("first_order_date")),
                date(root.path("last_order_date")),
                rows,
                new DefectCounts(
                        defects.path("duplicate_customer_ids").asLong(),
                        defects.path("missing_customer_ids").asLong(),
                        defects.path("invalid_order_dates").asLong(),
                        defects.path("inconsistent_sales_amounts").asLong(),
                        defects.path("invalid_prices").asLong(),
                        defects.path("padded_strings").asLong(),
                        defects.path("variant_country_spellings").asLong(),
                        defects.path("variant_gender_spellings").asLong()));
    }

    private static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(JsonNode node) {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }
}
