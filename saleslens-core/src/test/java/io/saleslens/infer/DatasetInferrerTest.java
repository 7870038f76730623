package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.SalesLensException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetInferrerTest {
    @TempDir
    static Path work;

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
        assertThat(totals.path("revenue").decimalValue())
                .isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
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
            ExpectedFigures.Segment expected =
                    star.expected.segments.get(row.path("label").asText());
            assertThat(expected).as(row.toString()).isNotNull();
            assertThat(row.path("customers").asLong()).isEqualTo(expected.customers.size());
            assertThat(row.path("orders").asLong()).isEqualTo(expected.orders.size());
            assertThat(row.path("units").asLong()).isEqualTo(expected.units);
            assertThat(row.path("revenue").decimalValue())
                    .isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    void flatFileTotalsMatchTheGenerator() {
        JsonNode totals = flatRun.metrics().path("totals");
        ExpectedFigures expected = flat.expected;
        assertThat(totals.path("revenue").decimalValue())
                .isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
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
            ExpectedFigures.Segment expected =
                    flat.expected.segments.get(row.path("label").asText());
            assertThat(expected).as(row.toString()).isNotNull();
            assertThat(row.path("customers").asLong()).isEqualTo(expected.customers.size());
            assertThat(row.path("orders").asLong()).isEqualTo(expected.orders.size());
            assertThat(row.path("units").asLong()).isEqualTo(expected.units);
            assertThat(row.path("revenue").decimalValue())
                    .isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    void flatFileProfitAndDiscountsComeFromItsColumns() {
        JsonNode profitability = flatRun.metrics().path("profitability");
        assertThat(profitability.path("basis").asText()).startsWith("profit column");
        assertThat(profitability.path("gross_profit").decimalValue())
                .isEqualByComparingTo(flat.profit.setScale(2, RoundingMode.HALF_UP));
        assertThat(profitability.path("lines_without_cost").asLong()).isZero();
        assertThat(flatRun.metrics().path("discounts").path("lines_discounted").asLong())
                .isEqualTo(flat.discountedLines);
    }

    @Test
    void starSchemaCostComesFromTheFactsCostColumn() {
        JsonNode profitability = starRun.metrics().path("profitability");
        assertThat(profitability.path("basis").asText()).isEqualTo("cost column of the order lines");
        assertThat(profitability.path("cost").decimalValue())
                .isEqualByComparingTo(star.cost.setScale(2, RoundingMode.HALF_UP));
        assertThat(starRun.metrics().has("discounts")).isFalse();
    }

    @Test
    void flatFileStartsWithDatesThatReadBothWays() throws Exception {
        var lines = Files.readAllLines(work.resolve("flat").resolve(FlatOrdersFixture.FILE));
        for (String line : lines.subList(1, FlatOrdersFixture.AMBIGUOUS_FIRST_LINES + 1)) {
            assertThat(Integer.parseInt(line.split(",")[2].split("/")[0]))
                    .as(line)
                    .isLessThanOrEqualTo(12);
        }
        assertThat(flatRun.yaml).contains("order_date: { from: \"Order Date\", type: date, format: d/M/yy }");
    }

    @Test
    void windows1252CustomerNamesArriveIntact() throws Exception {
        Path gold = starRun.result.runDir().resolve("gold").resolve("dim_customer.parquet");
        try (var engine = new DuckDbEngine(work.resolve("check-spill"), null)) {
            var names = engine.query("SELECT DISTINCT first_name FROM read_parquet('" + gold + "') ORDER BY 1");
            assertThat(names)
                    .extracting(row -> (String) row.get("first_name"))
                    .allMatch(StarSchemaFixture.ACCENTED_NAMES::contains)
                    .contains("José", "Zoë", "Šimon");
        }
        assertThat(starRun.yaml).contains("encoding: windows-1252");
    }

    @Test
    void datesThatReadBothWaysEverywhereAreAnErrorNamingTheColumn() throws Exception {
        Path data = Files.createDirectories(work.resolve("ambiguous"));
        Files.writeString(
                data.resolve("sales.csv"),
                "Order ID,Order Date,Customer ID,Product ID,Quantity,Sales\n"
                        + "A1,3/4/21,C1,P1,2,10.50\nA2,5/6/21,C2,P1,1,5.25\nA3,12/1/22,C1,P2,3,9.00\n");
        assertThatThrownBy(() -> InferredRun.infer(data, work))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("sales.csv column 'Order Date'")
                .hasMessageContaining("could be d/M/yy or M/d/yy")
                .hasMessageContaining("order_date: { from: \"Order Date\", type: date, format: d/M/yyyy }");
    }

    @Test
    void twoCandidateAmountColumnsAreAnErrorNamingBoth() throws Exception {
        Path data = Files.createDirectories(work.resolve("two-amounts"));
        Files.writeString(
                data.resolve("sales.csv"),
                "Order ID,Order Date,Customer ID,Product ID,Quantity,Sales,Revenue\n"
                        + "A1,2021-03-04,C1,P1,2,10.50,10.50\n");
        assertThatThrownBy(() -> InferredRun.infer(data, work))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "sales.csv: columns 'Sales' and 'Revenue' could each be the sales amount; choose one in a spec:"
                                + " sales_amount: { from: Sales }, then run with --spec");
    }

    @Test
    void decimalCommasCurrencySymbolsAndNullMarkersAreReadAsNumbersAndMissing() throws Exception {
        Path data = Files.createDirectories(work.resolve("euro"));
        Files.writeString(
                data.resolve("sales.csv"),
                "Order ID;Order Date;Customer ID;Segment;Product ID;Quantity;Sales\n"
                        + "A1;13/4/21;C1;Retail;P1;2;\"1.010,50 €\"\nA2;3/5/21;C2;Trade;P2;1;5,25 €\nA2;3/5/21;C2;Trade;P1;1;NULL\n");
        InferredRun run = InferredRun.of(data, work.resolve("euro-out"));
        JsonNode totals = run.metrics().path("totals");
        assertThat(totals.path("revenue").decimalValue()).isEqualByComparingTo(new BigDecimal("1015.75"));
        assertThat(totals.path("units").asLong()).isEqualTo(4);
        assertThat(totals.path("first_order_date").asText()).isEqualTo("2021-04-13");
        assertThat(run.yaml).contains("delimiter: \";\"", "null_values: [\"NULL\"]");
        assertThat(run.metrics().path("categories").get(0).path("category").asText())
                .isEqualTo("Unknown");
    }

    @Test
    void noOrderLinesListsEveryFileAndColumnAndWhatEachWasTakenFor() throws Exception {
        Path data = Files.createDirectories(work.resolve("no-order-lines"));
        Files.writeString(
                data.resolve("people.csv"),
                "Name,Email,Notes\n\"Lee, Ann\",ann@example.com,\nBo Smith,bo@example.com,vip\n"
                        + "Chidi Okafor,chidi@example.com,\n");
        Files.writeString(
                data.resolve("ledger.csv"),
                "Ref,When,Value\nR1,2024-01-02,12.50\nR2,2024-01-03,\"1,250.00\"\nR3,2024-01-04,3\n");
        assertThatThrownBy(() -> InferredRun.infer(data, work))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(data + ": no file looks like order lines (that needs a measure column")
                .hasMessageContaining(
                        "\n  ledger.csv (3 rows; no role; no measure, no order id or order date): 'Ref' -> nothing (3 distinct texts),"
                                + " 'When' -> nothing (all 3 values ISO dates), 'Value' -> nothing (all 3 values numbers with a decimal point)")
                .hasMessageContaining(
                        "\n  people.csv (3 rows; customers (dimension); no measure, no order id or order date): 'Name' -> customer name"
                                + " (3 distinct texts; not the order id: only 0 of 3 values look like order numbers (#1001)),"
                                + " 'Email' -> customer id (3 distinct texts), 'Notes' -> nothing (1 distinct texts)")
                .hasMessageContaining("\n  sales_amount: { from: <column>, type: decimal }");
    }
}
