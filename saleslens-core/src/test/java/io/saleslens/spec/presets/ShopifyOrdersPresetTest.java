package io.saleslens.spec.presets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.spec.presets.ShopifyOrdersFixture.Line;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shopify-orders preset over a generated orders export, recognised from its headers alone. Every expected figure
 * is computed here from the lines the fixture wrote, with each line's order status known to the fixture, not read
 * from the file the way the preset reads it.
 */
class ShopifyOrdersPresetTest {
    private static final Set<String> SOLD = Set.of("paid", "partially_refunded");

    @TempDir
    static Path dir;

    static ShopifyOrdersFixture everyStatus;
    static PresetRun everyStatusRun;
    static ShopifyOrdersFixture followOn;
    static PresetRun followOnRun;

    @BeforeAll
    static void runBothExports() throws IOException {
        Path data = Files.createDirectories(dir.resolve("every-status"));
        everyStatus = ShopifyOrdersFixture.write(data, 20240310L, 400, ShopifyOrdersFixture.ALL_STATUSES, false);
        everyStatusRun = PresetRun.of(data, "shopify-orders", dir.resolve("out-every-status"));
        Path followOnData = Files.createDirectories(dir.resolve("follow-on"));
        followOn = ShopifyOrdersFixture.write(
                followOnData, 7L, 60, List.of("paid", "partially_refunded", "refunded", "pending", "voided"), true);
        followOnRun = PresetRun.of(followOnData, "shopify-orders", dir.resolve("out-follow-on"));
    }

    @Test
    void isRecognisedFromTheHeadersAndBoundToTheFile() {
        DatasetSpec recognised = Presets.detect(dir.resolve("every-status"))
                .orElseThrow(() -> new AssertionError("no preset recognised the Shopify export from its headers"));
        assertThat(recognised.name()).isEqualTo("shopify-orders");
        assertThat(recognised.source("orders").path()).isEqualTo(ShopifyOrdersFixture.FILE);
        assertThat(recognised.currency()).isEqualTo("USD");
    }

    @Test
    void anExportWithoutAHeaderThePresetReadsIsNotTakenForShopify() throws IOException {
        Path older = Files.createDirectories(dir.resolve("without-line-discount"));
        List<String> columns = ShopifyOrdersFixture.COLUMNS.stream()
                .filter(column -> !column.equals("Lineitem discount"))
                .toList();
        ExportFile.write(
                older.resolve(ShopifyOrdersFixture.FILE),
                columns,
                List.of(Map.of(
                        "Name",
                        "#1001",
                        "Email",
                        "a@example.com",
                        "Financial Status",
                        "paid",
                        "Lineitem quantity",
                        "1",
                        "Lineitem price",
                        "9.00")));
        assertThat(Presets.detect(older)).isEmpty();
    }

    @Test
    void revenueIsTheLinePricesLessLineDiscountsOfPaidAndPartiallyRefundedOrders() {
        assertThat(everyStatusRun.revenue()).isEqualByComparingTo(revenue(everyStatus.lines));
        assertThat(everyStatusRun.totals().path("orders").asLong())
                .isEqualTo(sold(everyStatus.lines).stream()
                        .map(Line::order)
                        .distinct()
                        .count());
        assertThat(everyStatusRun.totals().path("units").asLong())
                .isEqualTo(sold(everyStatus.lines).stream()
                        .mapToLong(Line::quantity)
                        .sum());
        assertThat(everyStatusRun.totals().path("customers_with_orders").asLong())
                .isEqualTo(sold(everyStatus.lines).stream()
                        .map(Line::email)
                        .filter(email -> !email.isEmpty())
                        .distinct()
                        .count());
    }

    @Test
    void linesOfOrdersNotPaidAreFilteredAndEveryLineIsAccountedFor() {
        assertAccounted(everyStatus, everyStatusRun);
    }

    @Test
    void theOrderDateIsTheCalendarDateAsWrittenAcrossTheDaylightSavingChange() {
        Map<String, BigDecimal> expected = new TreeMap<>(sold(everyStatus.lines).stream()
                .collect(Collectors.groupingBy(
                        line -> line.createdDate().toString().substring(0, 7),
                        Collectors.reducing(BigDecimal.ZERO, Line::amount, BigDecimal::add))));
        assertThat(everyStatusRun.revenueByMonth()).isEqualTo(expected);
        assertThat(everyStatusRun.totals().path("first_order_date").asText())
                .isEqualTo(sold(everyStatus.lines).stream()
                        .map(Line::createdDate)
                        .min(Comparable::compareTo)
                        .orElseThrow()
                        .toString());
        assertThat(everyStatusRun.totals().path("last_order_date").asText())
                .isEqualTo(sold(everyStatus.lines).stream()
                        .map(Line::createdDate)
                        .max(Comparable::compareTo)
                        .orElseThrow()
                        .toString());
        assertThat(everyStatusRun.totals().path("undated_records").asLong()).isZero();
    }

    @Test
    void aCustomersCountryIsTheBillingCountryOfTheOrderOnTheirLastLine() {
        // The customer is the last line with their email (file order); its country is its order's, written on the
        // order's first line only.
        Map<String, String> countryByCustomer = new TreeMap<>();
        for (Line line : everyStatus.lines) {
            if (!line.email().isEmpty()) {
                countryByCustomer.put(line.email(), line.country().isEmpty() ? "Unknown" : line.country());
            }
        }
        Map<String, BigDecimal> expected = new TreeMap<>();
        countryByCustomer.values().forEach(country -> expected.put(country, BigDecimal.ZERO.setScale(2)));
        for (Line line : sold(everyStatus.lines)) {
            if (!line.email().isEmpty()) {
                expected.merge(countryByCustomer.get(line.email()), line.amount(), BigDecimal::add);
            }
        }
        assertThat(new TreeMap<>(everyStatusRun.revenueBySegment())).isEqualTo(expected);
    }

    @Test
    void withoutAStatusOnFollowOnLinesRevenueCountsOnlyPaidAndPartiallyRefundedOrders() {
        assertThat(followOn.lines.stream().map(Line::order).distinct().count()).isLessThan(followOn.lines.size());
        assertThat(followOnRun.revenue()).isEqualByComparingTo(revenue(followOn.lines));
        assertThat(followOnRun.totals().path("orders").asLong())
                .isEqualTo(sold(followOn.lines).stream()
                        .map(Line::order)
                        .distinct()
                        .count());
        assertThat(followOnRun.totals().path("units").asLong())
                .isEqualTo(
                        sold(followOn.lines).stream().mapToLong(Line::quantity).sum());
        // Every line of a refunded, pending or voided order is filtered, its follow-on lines included.
        long notSold = followOn.lines.stream()
                .filter(line -> Set.of("refunded", "pending", "voided").contains(line.status()))
                .count();
        assertThat(notSold).isPositive();
        assertThat(followOnRun.publishedAccounting("orders").path("filtered").asLong())
                .isEqualTo(notSold);
        assertAccounted(followOn, followOnRun);
    }

    @Test
    void noCheckFailsALineForBeingAFollowOnLineOrFiltered() {
        for (JsonNode check : followOnRun.result.quality().path("checks")) {
            assertThat(check.path("failed").asLong())
                    .as(check.path("id").asText())
                    .isZero();
        }
        assertThat(followOnRun
                        .result
                        .quality()
                        .path("cleaning")
                        .path("sale")
                        .path("quarantined")
                        .asLong())
                .isZero();
    }

    private static void assertAccounted(ShopifyOrdersFixture fixture, PresetRun run) {
        long filtered = fixture.lines.size() - sold(fixture.lines).size();
        JsonNode published = run.publishedAccounting("orders");
        assertThat(published.path("rows_in").asLong()).isEqualTo(fixture.lines.size());
        assertThat(published.path("filtered").asLong()).isEqualTo(filtered);
        assertThat(run.accounting("orders").filtered()).isEqualTo(filtered);
        assertThat(published.path("rows_out").asLong())
                .isEqualTo(sold(fixture.lines).size());
        assertThat(published.path("quarantined").asLong()).isZero();
        assertThat(run.accounting("orders").balanced()).isTrue();
        assertThat(run.totals().path("sales_records").asLong())
                .isEqualTo(sold(fixture.lines).size());
    }

    private static List<Line> sold(List<Line> lines) {
        return lines.stream().filter(line -> SOLD.contains(line.status())).toList();
    }

    private static BigDecimal revenue(List<Line> lines) {
        return sold(lines).stream()
                .map(Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }
}
