package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineAmountChooserTest {
    private static final int ORDERS = 150;

    @TempDir
    static Path work;

    static ShopifyOrdersFixture shopify;
    static InferredRun shopifyRun;

    @BeforeAll
    static void runShopifyExport() throws Exception {
        Path data = Files.createDirectories(work.resolve("shopify"));
        shopify = ShopifyOrdersFixture.write(data, 11, ORDERS);
        shopifyRun = InferredRun.of(data, work.resolve("shopify-out"));
    }

    @Test
    void shopifyRevenueIsPriceTimesQuantityLessTheLineDiscountNeverTheOrderTotal() {
        JsonNode totals = shopifyRun.metrics().path("totals");
        ExpectedFigures expected = shopify.expected;
        BigDecimal revenue = expected.revenue.setScale(2, RoundingMode.HALF_UP);
        assertThat(totals.path("revenue").decimalValue()).isEqualByComparingTo(revenue);
        assertThat(revenue).isNotEqualByComparingTo(shopify.sumOfTotals);
        assertThat(totals.path("units").asLong()).isEqualTo(expected.units);
        assertThat(totals.path("orders").asLong()).isEqualTo(expected.orders.size());
        assertThat(totals.path("customers_with_orders").asLong()).isEqualTo(expected.customersWithOrders.size());
        assertThat(totals.path("products_sold").asLong()).isEqualTo(expected.productsSold.size());
    }

    @Test
    void shopifyOrderDatesAreTheDaysAsWrittenInTheShopsOffset() {
        JsonNode totals = shopifyRun.metrics().path("totals");
        assertThat(totals.path("first_order_date").asText()).isEqualTo(shopify.expected.firstDate.toString());
        assertThat(totals.path("last_order_date").asText()).isEqualTo(shopify.expected.lastDate.toString());
        assertThat(totals.path("undated_records").asLong()).isZero();
        assertThat(shopifyRun.yaml).contains("order_date: { expr: 'substr(trim(\"Created at\"), 1, 10)', type: date }");
    }

    @Test
    void theSpecSaysWhatDecidedTheLineAmount() {
        assertThat(shopifyRun.yaml)
                .contains(
                        "order_number: { from: Name, required: true }",
                        "customer_id: { from: Email }",
                        "product_number: { from: \"Lineitem sku\" }",
                        "quantity: { from: \"Lineitem quantity\", type: integer }",
                        "unit_price: { from: \"Lineitem price\", type: decimal }",
                        "discount: { from: \"Lineitem discount\", type: decimal }")
                .contains(
                        "sales_amount: { expr: 'TRY_CAST(\"Lineitem quantity\" AS DOUBLE) * TRY_CAST(\"Lineitem price\" AS DOUBLE)"
                                + " - coalesce(TRY_CAST(\"Lineitem discount\" AS DOUBLE), 0)', type: decimal }")
                .contains(
                        "the order-level 'Subtotal' equals the sum of price x quantity - 'Lineitem discount' over the order's lines on "
                                + ORDERS + " of " + ORDERS + " orders")
                .contains("'Total' is order-level: on the first line of " + shopify.multiLineOrders + " of "
                        + shopify.multiLineOrders + " multi-line orders (by 'Name') and blank on every follow-on line")
                .doesNotContain("from: Total", "from: Subtotal", "from: \"Discount Amount\"");
    }

    @Test
    void billingFieldsOnTheFirstLineOnlyAreFilledDownPerCustomer() {
        assertThat(shopifyRun.yaml)
                .containsPattern("fill_down: \\{ by: customer_id, columns: \\[[a-z_, ]*country[a-z_, ]*\\] \\}");
    }

    @Test
    void shopifySegmentsByBillingCountryCountEveryCustomerOnceWithTheFilledDownCountry() {
        JsonNode segments = shopifyRun.metrics().path("segments");
        assertThat(segments.path("attribute").asText()).isEqualTo("country");
        assertThat(segments.path("rows")).hasSize(shopify.expected.segments.size());
        for (JsonNode row : segments.path("rows")) {
            ExpectedFigures.Segment expected =
                    shopify.expected.segments.get(row.path("label").asText());
            assertThat(expected).as(row.toString()).isNotNull();
            assertThat(row.path("customers").asLong()).isEqualTo(expected.customers.size());
            assertThat(row.path("orders").asLong()).isEqualTo(expected.orders.size());
            assertThat(row.path("revenue").decimalValue())
                    .isEqualByComparingTo(expected.revenue.setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    void twoLineColumnsThatDisagreeAndNoPriceToDecideAreRefusedNamingBoth() throws Exception {
        Path data = Files.createDirectories(work.resolve("two-line-amounts"));
        StringBuilder csv = new StringBuilder("Order ID,Order Date,Customer ID,Product ID,Qty,\"Line Total\",Sales\n");
        BigDecimal lineTotal = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        for (int i = 0; i < 20; i++) {
            BigDecimal total = BigDecimal.valueOf(1000 + 37 * i, 2);
            BigDecimal net =
                    i % 4 == 0 ? total.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP) : total;
            lineTotal = lineTotal.add(total);
            sales = sales.add(net);
            csv.append("SO-")
                    .append(100 + i / 2)
                    .append(",2024-02-")
                    .append(String.format("%02d", 1 + i))
                    .append(",C")
                    .append(i % 3)
                    .append(",P")
                    .append(i % 5)
                    .append(',')
                    .append(1 + i % 3)
                    .append(',')
                    .append(total)
                    .append(',')
                    .append(i % 7 == 0 ? "\"" + net + "\"" : net.toPlainString())
                    .append('\n');
        }
        Files.writeString(data.resolve("lines.csv"), csv);
        assertThatThrownBy(() -> InferredRun.infer(data, work))
                .isInstanceOf(SalesLensException.class)
                .satisfies(e -> assertThat(((SalesLensException) e).category()).isEqualTo(ErrorCategory.USER_ERROR))
                .satisfies(e -> assertThat(((SalesLensException) e).code()).isEqualTo(ErrorCode.DATASET_UNDECIDABLE))
                .hasMessageContaining(
                        "lines.csv: columns 'Line Total' and 'Sales' could each be the sales amount and disagree on 5 of 20 lines")
                .hasMessageContaining(
                        String.format(Locale.ROOT, "sum of 'Line Total' %,.2f, sum of 'Sales' %,.2f", lineTotal, sales))
                .hasMessageContaining(
                        "under entities.sale.columns: sales_amount: { from: \"Line Total\", type: decimal }"
                                + " (or sales_amount: { from: Sales, type: decimal })");
    }

    @Test
    void aLineColumnThatEqualsPriceTimesQuantityIsTakenOverOneThatDoesNot() throws Exception {
        Path data = Files.createDirectories(work.resolve("line-total-and-gross"));
        StringBuilder csv = new StringBuilder("Order ID,Order Date,Customer ID,SKU,Qty,Price,Sales,Line total\n");
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 30; i++) {
            int quantity = 1 + i % 4;
            BigDecimal price = BigDecimal.valueOf(250 + 11 * i, 2);
            BigDecimal line = price.multiply(BigDecimal.valueOf(quantity));
            BigDecimal withTax = line.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP);
            expected = expected.add(line);
            csv.append("A")
                    .append(i / 3)
                    .append(",2024-05-")
                    .append(String.format("%02d", 1 + i))
                    .append(",C")
                    .append(i % 4)
                    .append(",S")
                    .append(i % 6)
                    .append(',')
                    .append(quantity)
                    .append(',')
                    .append(price)
                    .append(',')
                    .append(withTax)
                    .append(',')
                    .append(line)
                    .append('\n');
        }
        Files.writeString(data.resolve("sales.csv"), csv);
        InferredRun run = InferredRun.of(data, work.resolve("line-total-out"));
        assertThat(run.metrics().path("totals").path("revenue").decimalValue()).isEqualByComparingTo(expected);
        assertThat(run.yaml)
                .contains(
                        "sales_amount: { from: \"Line total\", type: decimal }",
                        "equals price x quantity on 30 of 30 lines");
    }
}
