package io.saleslens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.generate.GenerationTruth;
import io.saleslens.generate.GeneratorOptions;
import io.saleslens.generate.SalesDataGenerator;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance check in small: a run over generated data finds the totals and the defects the
 * generator planted (bench/TruthCheck.java does the same at 10M lines).
 */
class SalesLensTruthTest {

    @TempDir
    Path folder;

    @Test
    void aRunOverGeneratedDataFindsTheTruthTotalsAndPlantedDefects() throws Exception {
        Path data = folder.resolve("data");
        GenerationTruth truth = SalesDataGenerator.generate(
                GeneratorOptions.builder(20_000, data).seed(7).dirtRate(0.02).build());

        RunResult run = SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), data, folder.resolve("out"), null), ProgressListener.SILENT);

        JsonNode totals = run.metrics().path("totals");
        assertThat(totals.path("revenue").asDouble()).isEqualTo((double) truth.revenue());
        assertThat(totals.path("sales_records").asLong()).isEqualTo(truth.salesRecords());
        assertThat(totals.path("orders").asLong()).isEqualTo(truth.orders());
        assertThat(totals.path("units").asLong()).isEqualTo(truth.units());
        assertThat(totals.path("customers").asLong()).isEqualTo(truth.customers());
        assertThat(totals.path("customers_with_orders").asLong()).isEqualTo(truth.customersWithOrders());
        assertThat(totals.path("products_in_catalog").asLong()).isEqualTo(truth.productsInCatalog());
        assertThat(totals.path("products_sold").asLong()).isEqualTo(truth.productsSold());
        assertThat(totals.path("first_order_date").asText())
                .isEqualTo(truth.firstOrderDate().toString());
        assertThat(totals.path("last_order_date").asText())
                .isEqualTo(truth.lastOrderDate().toString());

        JsonNode cleaning = run.quality().path("cleaning");
        assertThat(truth.defects().duplicateCustomerIds()).isPositive();
        assertThat(cleaning.path("customer").path("duplicates_merged").asLong())
                .isEqualTo(truth.defects().duplicateCustomerIds());
        assertThat(cleaning.path("customer").path("quarantined").asLong())
                .isEqualTo(truth.defects().missingCustomerIds());
        assertThat(cleaning.path("sale")
                        .path("invalid_by_column")
                        .path("order_date")
                        .asLong())
                .isEqualTo(truth.defects().invalidOrderDates());
        assertThat(cleaning.path("sale")
                        .path("repairs_by_rule")
                        .path("sale.sales_amount")
                        .asLong())
                .isEqualTo(truth.defects().inconsistentSalesAmounts());
        assertThat(cleaning.path("sale")
                        .path("repairs_by_rule")
                        .path("sale.unit_price")
                        .asLong())
                .isEqualTo(truth.defects().invalidPrices());
    }
}
