package io.saleslens.spec.presets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.spec.presets.WooCommerceOrdersFixture.Line;
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
 * The woocommerce-orders preset over a generated export, recognised from its headers alone; expected figures come
 * from the lines the fixture wrote, with each order's status as the fixture chose it (not as it spelled it).
 */
class WooCommerceOrdersPresetTest {
    private static final Set<String> SOLD = Set.of("completed", "processing");

    @TempDir
    static Path dir;

    static WooCommerceOrdersFixture fixture;
    static PresetRun run;

    @BeforeAll
    static void runTheExport() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        fixture = WooCommerceOrdersFixture.write(data, 42L, 300);
        run = PresetRun.of(data, "woocommerce-orders", dir.resolve("out"));
    }

    @Test
    void isRecognisedFromTheHeadersAndBoundToTheFile() {
        DatasetSpec recognised = Presets.detect(dir.resolve("data"))
                .orElseThrow(() -> new AssertionError("no preset recognised the WooCommerce export from its headers"));
        assertThat(recognised.name()).isEqualTo("woocommerce-orders");
        assertThat(recognised.source("orders").path()).isEqualTo(WooCommerceOrdersFixture.FILE);
    }

    @Test
    void revenueIsWhatCompletedAndProcessingOrdersSoldLessRefundedItems() {
        assertThat(run.revenue())
                .isEqualByComparingTo(sold().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(run.totals().path("orders").asLong())
                .isEqualTo(sold().stream().map(Line::order).distinct().count());
        assertThat(run.totals().path("units").asLong())
                .isEqualTo(sold().stream().mapToLong(Line::quantity).sum());
        assertThat(run.totals().path("customers_with_orders").asLong())
                .isEqualTo(sold().stream()
                        .map(Line::email)
                        .filter(email -> !email.isEmpty())
                        .distinct()
                        .count());
    }

    @Test
    void linesOfOtherStatusesAreFilteredAndEveryLineIsAccountedFor() {
        JsonNode published = run.publishedAccounting("orders");
        assertThat(published.path("rows_in").asLong()).isEqualTo(fixture.lines.size());
        assertThat(published.path("filtered").asLong()).isEqualTo(fixture.lines.size() - sold().size());
        assertThat(run.accounting("orders").filtered()).isEqualTo(fixture.lines.size() - sold().size());
        assertThat(published.path("rows_out").asLong()).isEqualTo(sold().size());
        assertThat(published.path("quarantined").asLong()).isZero();
        assertThat(run.accounting("orders").balanced()).isTrue();
    }

    @Test
    void revenueByMonthFollowsTheOrderDate() {
        Map<String, BigDecimal> expected = new TreeMap<>(sold().stream()
                .collect(Collectors.groupingBy(
                        line -> line.orderDate().toLocalDate().toString().substring(0, 7),
                        Collectors.reducing(BigDecimal.ZERO, Line::amount, BigDecimal::add))));
        assertThat(run.revenueByMonth()).isEqualTo(expected);
    }

    @Test
    void revenueBySegmentIsByTheCustomersLastBillingCountry() {
        Map<String, String> countryByCustomer = new TreeMap<>();
        fixture.lines.stream()
                .filter(line -> !line.email().isEmpty())
                .forEach(line ->
                        countryByCustomer.put(line.email(), line.country().isEmpty() ? "Unknown" : line.country()));
        Map<String, BigDecimal> expected = new TreeMap<>();
        countryByCustomer.values().forEach(country -> expected.put(country, BigDecimal.ZERO.setScale(2)));
        sold().stream()
                .filter(line -> !line.email().isEmpty())
                .forEach(line -> expected.merge(countryByCustomer.get(line.email()), line.amount(), BigDecimal::add));
        assertThat(new TreeMap<>(run.revenueBySegment())).isEqualTo(expected);
    }

    @Test
    void noCheckFailsALine() {
        for (JsonNode check : run.result.quality().path("checks")) {
            assertThat(check.path("failed").asLong())
                    .as(check.path("id").asText())
                    .isZero();
        }
    }

    private static List<Line> sold() {
        return fixture.lines.stream()
                .filter(line -> SOLD.contains(line.status()))
                .toList();
    }
}
