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
        truth.plantedCampaign().ifPresent(campaign -> writeCampaign(campaign, root.putObject("campaign")));
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static void writeCampaign(PlantedCampaign campaign, ObjectNode node) {
        node.put("name", PlantedCampaign.NAME);
        node.put("relative_lift", campaign.relativeLift());
        node.put("window_start", campaign.windowStart().toString());
        node.put("window_end", campaign.windowEnd().toString());
        node.put("treated_customers", campaign.treatedCustomers());
        node.put("holdout_customers", campaign.holdoutCustomers());
        node.put("treated_file", PlantedCampaign.TREATED_FILE);
        node.put("holdout_file", PlantedCampaign.HOLDOUT_FILE);
        node.put("spec_file", PlantedCampaign.SPEC_FILE);
        ObjectNode expected = node.putObject("expected");
        writeArms(expected.putObject("conversion"), campaign.expectedConversion());
        writeArms(expected.putObject("orders_per_customer"), campaign.expectedOrders());
        writeArms(expected.putObject("revenue_per_customer"), campaign.expectedRevenue());
    }

    private static void writeArms(ObjectNode node, PlantedCampaign.Arms arms) {
        node.put("treated", arms.treated());
        node.put("holdout", arms.holdout());
        node.put("relative_lift", arms.relativeLift());
    }

    private static PlantedCampaign readCampaign(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        JsonNode expected = node.path("expected");
        return new PlantedCampaign(
                node.path("relative_lift").asDouble(),
                LocalDate.parse(node.path("window_start").asText()),
                LocalDate.parse(node.path("window_end").asText()),
                node.path("treated_customers").asLong(),
                node.path("holdout_customers").asLong(),
                arms(expected.path("conversion")),
                arms(expected.path("orders_per_customer")),
                arms(expected.path("revenue_per_customer")));
    }

    private static PlantedCampaign.Arms arms(JsonNode node) {
        return new PlantedCampaign.Arms(
                node.path("treated").asDouble(), node.path("holdout").asDouble());
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
                        defects.path("variant_gender_spellings").asLong()),
                readCampaign(root.path("campaign")));
    }

    private static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(JsonNode node) {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }
}
