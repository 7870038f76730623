package io.saleslens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample (examples/crm-erp) with one line changed: an extreme or malformed value fails no run, is recorded with
 * a reason, and the figures move by exactly that line. Line 2 of sales_details.csv is order SO43697, one unit at
 * 3,578 (sales 3578, quantity 1, price 3578); the sample's totals are revenue 29,356,250, 60,423 units, 27,659 orders.
 */
class MutatedSampleTest {
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final String SALES = "source_crm/sales_details.csv";
    private static final double SAMPLE_REVENUE = 29_356_250;
    private static final long SAMPLE_UNITS = 60_423;
    private static final long SAMPLE_ORDERS = 27_659;

    @TempDir
    Path dir;

    @Test
    void anOrderDateInYear9999IsAnInvalidDateAndTheRunCompletes() {
        RunResult run = run(SALES, 2, line -> line.replace(",20101229,20110105,", ",99991231,20110105,"));
        JsonNode sale = run.quality().path("cleaning").path("sale");
        // The sample has 19 order dates that do not parse (0, 5489, 32154 ...); this is the 20th.
        assertThat(sale.path("invalid_by_column").path("order_date").asLong()).isEqualTo(20);
        assertThat(sale.path("invalid_samples")
                        .path("order_date")
                        .get(0)
                        .path("line")
                        .asLong())
                .isEqualTo(2);
        assertThat(sale.path("invalid_samples")
                        .path("order_date")
                        .get(0)
                        .path("reason")
                        .asText())
                .isEqualTo("a date after 2099-12-31: '99991231'");
        assertThat(run.metrics().path("totals").path("revenue").asDouble()).isEqualTo(SAMPLE_REVENUE);
        assertThat(run.metrics().path("totals").path("last_order_date").asText())
                .isEqualTo("2014-01-28");
    }

    @Test
    void aPriceOf1e308IsBeyondTheBoundAndRepairedFromTheSalesAmount() {
        RunResult run = run(SALES, 2, line -> line.replace(",3578,1,3578", ",3578,1,1e308"));
        JsonNode sale = run.quality().path("cleaning").path("sale");
        assertThat(sale.path("invalid_samples")
                        .path("unit_price")
                        .get(0)
                        .path("reason")
                        .asText())
                .isEqualTo("beyond the magnitude bound 1e13: '1e308'");
        assertThat(run.metrics().path("totals").path("revenue").asDouble()).isEqualTo(SAMPLE_REVENUE);
        assertThat(sale.path("repairs_by_rule").path("sale.unit_price").asLong())
                .isEqualTo(12 + 1);
    }

    @Test
    void aPriceOfNaNOrInfinityIsNotAFiniteNumberAndTheRunCompletes() {
        for (String price : List.of("NaN", "Infinity")) {
            RunResult run = run(SALES, 2, line -> line.replace(",3578,1,3578", ",,1," + price));
            JsonNode samples = run.quality()
                    .path("cleaning")
                    .path("sale")
                    .path("invalid_samples")
                    .path("unit_price");
            assertThat(samples.get(0).path("reason").asText()).isEqualTo("not a finite number: '" + price + "'");
            // The line has neither a sales amount nor a usable price: it adds no revenue.
            assertThat(run.metrics().path("totals").path("revenue").asDouble()).isEqualTo(SAMPLE_REVENUE - 3578);
        }
    }

    @Test
    void aRepeatedHeaderLineIsQuarantinedAndNotCountedAsAnOrder() throws IOException {
        RunResult run = run(
                SALES,
                2,
                line -> "sls_ord_num,sls_prd_key,sls_cust_id,sls_order_dt,sls_ship_dt,sls_due_dt,sls_sales,"
                        + "sls_quantity,sls_price\r\n" + line);
        assertThat(run.metrics().path("totals").path("orders").asLong()).isEqualTo(SAMPLE_ORDERS);
        assertThat(run.metrics().path("totals").path("sales_records").asLong()).isEqualTo(60_398);
        assertThat(Files.readAllLines(run.runDir().resolve("quarantine/sales_details.csv")))
                .anySatisfy(row -> assertThat(row).startsWith("2,sls_ord_num,repeated header line"));
    }

    @Test
    void aQuantityThatIsNotAnIntegerIsRecordedWithItsLineAndValue() {
        RunResult run = run(SALES, 2, line -> line.replace(",3578,1,3578", ",3578,1.5,3578"));
        JsonNode sale = run.quality().path("cleaning").path("sale");
        assertThat(sale.path("invalid_by_column").path("quantity").asLong()).isEqualTo(1);
        JsonNode sample = sale.path("invalid_samples").path("quantity").get(0);
        assertThat(sample.path("line").asLong()).isEqualTo(2);
        assertThat(sample.path("value").asText()).isEqualTo("1.5");
        assertThat(sample.path("reason").asText()).isEqualTo("not an integer: '1.5'");
        assertThat(run.metrics().path("totals").path("units").asLong()).isEqualTo(SAMPLE_UNITS - 1);
    }

    @Test
    void aNegativeQuantityIsQuarantinedInsteadOfRepairedIntoANegativeSale() throws IOException {
        RunResult run = run(SALES, 2, line -> line.replace(",3578,1,3578", ",3578,-2,3578"));
        assertThat(Files.readAllLines(run.runDir().resolve("quarantine/sales_details.csv")))
                .contains("2,SO43697,sales_details.sls_quantity.range failed,");
        assertThat(run.metrics().path("totals").path("revenue").asDouble()).isEqualTo(SAMPLE_REVENUE - 3578);
        assertThat(run.metrics().path("totals").path("units").asLong()).isEqualTo(SAMPLE_UNITS - 1);
        assertThat(Files.readAllLines(run.runDir().resolve("repairs.csv")))
                .noneMatch(row -> row.startsWith("sales_details,2,"));
    }

    @Test
    void aCustomerIdOfTwentyDigitsIsQuarantinedAsNotAnIntegerNotAsMissing() throws IOException {
        RunResult run = run(
                "source_crm/cust_info.csv",
                2,
                line -> line.replace("11000,AW00011000,", "12345678901234567890,AW00011000,"));
        assertThat(Files.readAllLines(run.runDir().resolve("quarantine/cust_info.csv")))
                .contains("2,12345678901234567890,customer_id not an integer: '12345678901234567890',");
    }

    @Test
    void aFormulaInAKeyIsWrittenAsTextInRepairsCsv() throws IOException {
        RunResult run = run(SALES, 2, line -> line.replace("SO43697,", "=1+2,").replace(",3578,1,3578", ",,1,3578"));
        assertThat(Files.readAllLines(run.runDir().resolve("repairs.csv")))
                .anySatisfy(row -> assertThat(row).startsWith("sales_details,2,'=1+2,sales_amount,,3578"));
    }

    @Test
    void theRepairCountsOfEverySourceAreTheLinesAndRowsOfRepairsCsv() throws IOException {
        RunResult run = run(SALES, 2, UnaryOperator.identity());
        Map<String, Long> values = new HashMap<>();
        Map<String, Set<String>> lines = new HashMap<>();
        try (Stream<String> rows =
                Files.lines(run.runDir().resolve("repairs.csv")).skip(1)) {
            rows.forEach(row -> {
                String[] cells = row.split(",", 3);
                values.merge(cells[0], 1L, Long::sum);
                lines.computeIfAbsent(cells[0], s -> new HashSet<>()).add(cells[1]);
            });
        }
        JsonNode accounting = run.quality().path("row_accounting");
        Map<String, String> stems = Map.of(
                "cust_info",
                "cust_info",
                "cust_az12",
                "CUST_AZ12",
                "loc_a101",
                "LOC_A101",
                "sales_details",
                "sales_details",
                "prd_info",
                "prd_info",
                "px_cat_g1v2",
                "PX_CAT_G1V2");
        stems.forEach((source, stem) -> {
            assertThat(accounting.path(source).path("repaired_values").asLong())
                    .as(source)
                    .isEqualTo(values.getOrDefault(stem, 0L));
            assertThat(accounting.path(source).path("repaired").asLong())
                    .as(source)
                    .isEqualTo(lines.getOrDefault(stem, Set.of()).size());
        });
        assertThat(run.quality().path("summary").path("repaired_values").asLong())
                .isEqualTo(values.values().stream().mapToLong(Long::longValue).sum());
        assertThat(values.get("LOC_A101")).isEqualTo(4_657);
    }

    /** A copy of the sample with one line of one file replaced, run with the crm-erp preset. */
    private RunResult run(String file, int lineNumber, UnaryOperator<String> change) {
        try {
            Path data = dir.resolve("data");
            try (Stream<Path> files = Files.walk(SAMPLE)) {
                for (Path source : files.filter(Files::isRegularFile).toList()) {
                    Path target = data.resolve(SAMPLE.relativize(source).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path mutated = data.resolve(file);
            String text = Files.readString(mutated, StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n", -1);
            lines[lineNumber - 1] = change.apply(lines[lineNumber - 1]);
            Files.writeString(mutated, String.join("\r\n", lines), StandardCharsets.UTF_8);
            Path out = Files.createTempDirectory(dir, "out");
            return SalesLens.run(new RunOptions(Presets.load("crm-erp"), data, out, null), ProgressListener.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
