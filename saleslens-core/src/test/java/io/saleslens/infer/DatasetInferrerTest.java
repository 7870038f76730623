package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetInferrerTest {
    @TempDir static Path work;
    static FlatOrdersFixture flat;
    static InferredRun flatRun;
    static StarSchemaFixture star;
    static InferredRun starRun;

    @BeforeAll
    static void runFlatFile() throws Exception {
        Path data = Files.createDirectories(work.resolve("flat"));
        flat = FlatOrdersFixture.write(data, 42, 400);
        flatRun = InferredRun.of(data, work.resolve("flat-out"));
        Path starData = Files.createDirectories(work.resolve("star"));
        star = StarSchemaFixture.write(starData, 7, 300);
        starRun = InferredRun.of(starData, work.resolve("star-out"));
    }

    @Test
    void starSchemaTotalsMatchTheGenerator() {
        JsonNode totals = starRun.metrics().path("totals");
        ExpectedFigures expected = star.expected;
        assertThat(totals.path("revenue").decimalValue()).isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        assertThat(totals.path("sales_records").asLong()).isEqualTo(expected.records);
        assertThat(totals.path("orders").asLong()).isEqualTo(expected.orders.size());
        assertThat(totals.path("customers").asLong()).isEqualTo(star.customersInFile);
        assertThat(totals.path("customers_with_orders").asLong()).isEqualTo(expected.customersWithOrders.size());
        assertThat(totals.path("products_in_catalog").asLong()).isEqualTo(star.productsInFile);
        assertThat(totals.path("products_sold").asLong()).isEqualTo(expected.productsSold.size());
        assertThat(totals.path("units").asLong()).isEqualTo(expected.units);
        assertThat(totals.path("first_order_date").asText()).isEqualTo(expected.firstDate.toString());
        assertThat(totals.path("last_order_date").asText()).isEqualTo(expected.lastDate.toString());
    }

    @Test
    void starSchemaSegmentsByTheFirstCategoricalCustomerAttribute() {
        JsonNode segments = starRun.metrics().path("segments");
        assertThat(segments.path("attribute").asText()).isEqualTo("marital_status");
        assertThat(segments.path("rows")).hasSize(star.expected.segments.size());
        for (JsonNode row : segments.path("rows")) {
            ExpectedFigures.Segment expected = star.expected.segments.get(row.path("label").asText());
            assertThat(expected).as(row.toString()).isNotNull();
            assertThat(row.path("customers").asLong()).isEqualTo(expected.customers.size());
            assertThat(row.path("orders").asLong()).isEqualTo(expected.orders.size());
            assertThat(row.path("units").asLong()).isEqualTo(expected.units);
            assertThat(row.path("revenue").decimalValue()).isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    void flatFileTotalsMatchTheGenerator() {
        JsonNode totals = flatRun.metrics().path("totals");
        ExpectedFigures expected = flat.expected;
        assertThat(totals.path("revenue").decimalValue()).isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        assertThat(totals.path("sales_records").asLong()).isEqualTo(expected.records);
        assertThat(totals.path("orders").asLong()).isEqualTo(expected.orders.size());
        assertThat(totals.path("customers").asLong()).isEqualTo(expected.customersWithOrders.size());
        assertThat(totals.path("customers_with_orders").asLong()).isEqualTo(expected.customersWithOrders.size());
        assertThat(totals.path("products_in_catalog").asLong()).isEqualTo(expected.productsSold.size());
        assertThat(totals.path("products_sold").asLong()).isEqualTo(expected.productsSold.size());
        assertThat(totals.path("units").asLong()).isEqualTo(expected.units);
        assertThat(totals.path("first_order_date").asText()).isEqualTo(expected.firstDate.toString());
        assertThat(totals.path("last_order_date").asText()).isEqualTo(expected.lastDate.toString());
        assertThat(totals.path("undated_records").asLong()).isZero();
    }

    @Test
    void flatFileSegmentTableMatchesTheGenerator() {
        JsonNode segments = flatRun.metrics().path("segments");
        assertThat(segments.path("attribute").asText()).isEqualTo("segment");
        assertThat(segments.path("rows")).hasSize(flat.expected.segments.size());
        for (JsonNode row : segments.path("rows")) {
            ExpectedFigures.Segment expected = flat.expected.segments.get(row.path("label").asText());
            assertThat(expected).as(row.toString()).isNotNull();
            assertThat(row.path("customers").asLong()).isEqualTo(expected.customers.size());
            assertThat(row.path("orders").asLong()).isEqualTo(expected.orders.size());
            assertThat(row.path("units").asLong()).isEqualTo(expected.units);
            assertThat(row.path("revenue").decimalValue()).isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        }
    }
}
