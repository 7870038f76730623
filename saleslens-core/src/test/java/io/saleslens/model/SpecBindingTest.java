package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.SalesLens;
import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.spec.SpecLoader;
import io.saleslens.spec.SpecLocations;
import io.saleslens.stage.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A typo in the SQL or the column names of a spec is a user error naming the spec line, the file and its columns. */
class SpecBindingTest {
    private static final String SPEC = """
            name: shop
            sources:
              orders: { path: orders.csv }
            entities:
              customer:
                from: orders
                key: customer_id
                dedupe: { keep: last }
                columns:
                  customer_id: { from: Email, required: true }
              product:
                from: orders
                key: product_number
                dedupe: { keep: last }
                columns:
                  product_number: { from: SKU, required: true }
              sale:
                from: orders
                where: "%WHERE%"
                columns:
                  order_number: { from: Name, required: true }
                  product_number: { from: SKU }
                  customer_id: { from: Email }
                  order_date: { from: Created, type: date }
                  status: { from: Status }
                  quantity: { from: Qty, type: integer }
                  unit_price: { from: Price, type: decimal }
                  sales_amount: { expr: '%AMOUNT%', type: decimal }
            checks:
              orders:
                - { rule: consistency, condition: "%CONDITION%" }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        Files.write(
                dir.resolve("orders.csv"),
                List.of(
                        "Name,Email,SKU,Created,Status,Qty,Price",
                        "#1001,a@example.com,S-1,2024-03-05,paid,2,10.00",
                        "#1002,b@example.com,S-2,2024-03-06,refunded,1,5.00"));
    }

    @Test
    void aCorrectSpecRuns() {
        assertThat(run(spec(
                                "status = 'paid'",
                                "TRY_CAST(\"Price\" AS DOUBLE) * TRY_CAST(\"Qty\" AS DOUBLE)",
                                "\"Qty\" <> ''"))
                        .metrics()
                        .path("totals")
                        .path("revenue")
                        .asDouble())
                .isEqualTo(20.0);
    }

    @Test
    void aTypoInAnExprNamesTheSpecLineTheFileAndItsColumns() {
        String spec =
                spec("status = 'paid'", "TRY_CAST(\"Prize\" AS DOUBLE) * TRY_CAST(\"Qty\" AS DOUBLE)", "\"Qty\" <> ''");
        assertThatThrownBy(() -> run(spec))
                .isInstanceOf(SalesLensException.class)
                .satisfies(e -> assertThat(((SalesLensException) e).category()).isEqualTo(ErrorCategory.USER_ERROR))
                .satisfies(
                        e -> assertThat(((SalesLensException) e).code()).isEqualTo(ErrorCode.SPEC_EXPRESSION_INVALID))
                .hasMessageStartingWith(
                        "shop.yaml line 28 (entities.sale.columns.sales_amount.expr): the SQL does not run on orders.csv")
                .hasMessageContaining("Prize")
                .hasMessageContaining("'Price'");
    }

    @Test
    void aRowFilterOverAColumnTheEntityDoesNotHaveNamesItsLine() {
        assertThatThrownBy(
                        () -> run(spec("financial_status = 'paid'", "TRY_CAST(\"Price\" AS DOUBLE)", "\"Qty\" <> ''")))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("shop.yaml line 19 (entities.sale.where)")
                .hasMessageContaining("financial_status");
    }

    @Test
    void aCheckConditionAndAMissingSourceColumnNameTheirLines() {
        assertThatThrownBy(() -> run(spec("status = 'paid'", "TRY_CAST(\"Price\" AS DOUBLE)", "\"Quantity\" <> ''")))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("shop.yaml line 31 (checks.orders[0].condition)");
        String missingColumn = spec("status = 'paid'", "TRY_CAST(\"Price\" AS DOUBLE)", "\"Qty\" <> ''")
                .replace("from: Created", "from: Created at");
        assertThatThrownBy(() -> run(missingColumn))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("orders.csv line 1: column 'Created at' not found")
                .hasMessageContaining("Created, Status");
    }

    private static String spec(String where, String amount, String condition) {
        return SPEC.replace("%WHERE%", where)
                .replace("%AMOUNT%", amount.replace("'", "''"))
                .replace("%CONDITION%", condition.replace("\"", "\\\""));
    }

    private io.saleslens.run.RunResult run(String yaml) {
        var spec = SpecLoader.parse(yaml, "shop.yaml");
        return SalesLens.run(
                new RunOptions(
                        spec,
                        dir,
                        dir.resolve("out"),
                        null,
                        ReportOptions.defaults(),
                        null,
                        null,
                        "test",
                        SpecLocations.of(yaml, "shop.yaml")),
                ProgressListener.SILENT);
    }
}
