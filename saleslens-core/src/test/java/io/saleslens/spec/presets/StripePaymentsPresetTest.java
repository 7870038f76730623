package io.saleslens.spec.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.spec.presets.StripePaymentsFixture.Payment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stripe-payments preset over a generated unified payments export, recognised from its headers alone; expected
 * figures come from the payments the fixture wrote.
 */
class StripePaymentsPresetTest {
    @TempDir
    static Path dir;

    static StripePaymentsFixture fixture;
    static PresetRun run;

    @BeforeAll
    static void runTheExport() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        fixture = StripePaymentsFixture.write(data, 5L, 400, List.of("usd"));
        run = PresetRun.of(data, "stripe-payments", dir.resolve("out"));
    }

    @Test
    void isRecognisedFromTheHeadersAndBoundToTheFile() {
        DatasetSpec recognised = Presets.detect(dir.resolve("data"))
                .orElseThrow(() -> new AssertionError("no preset recognised the Stripe export from its headers"));
        assertThat(recognised.name()).isEqualTo("stripe-payments");
        assertThat(recognised.source("payments").path()).isEqualTo(StripePaymentsFixture.FILE);
    }

    @Test
    void revenueIsTheAmountOfPaidCapturedPaymentsWithPartialRefundsNotTakenOff() {
        assertThat(paid().stream().anyMatch(payment -> payment.refunded().signum() > 0))
                .isTrue();
        assertThat(paid().stream().anyMatch(payment -> payment.amount().compareTo(new BigDecimal("1000")) >= 0))
                .isTrue();
        assertThat(run.revenue())
                .isEqualByComparingTo(paid().stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(run.totals().path("orders").asLong()).isEqualTo(paid().size());
        assertThat(run.totals().path("units").asLong()).isEqualTo(paid().size());
        assertThat(run.totals().path("customers_with_orders").asLong())
                .isEqualTo(paid().stream()
                        .map(Payment::customer)
                        .filter(customer -> !customer.isEmpty())
                        .distinct()
                        .count());
    }

    @Test
    void refundedFailedAndUncapturedPaymentsAreFilteredAndEveryLineIsAccountedFor() {
        JsonNode published = run.publishedAccounting("payments");
        assertThat(published.path("rows_in").asLong()).isEqualTo(fixture.payments.size());
        assertThat(published.path("filtered").asLong()).isEqualTo(fixture.payments.size() - paid().size());
        assertThat(run.accounting("payments").filtered()).isEqualTo(fixture.payments.size() - paid().size());
        assertThat(published.path("rows_out").asLong()).isEqualTo(paid().size());
        assertThat(published.path("quarantined").asLong()).isZero();
        assertThat(run.accounting("payments").balanced()).isTrue();
    }

    @Test
    void theOrderDateIsTheUtcCalendarDate() {
        Map<String, BigDecimal> expected = new TreeMap<>(paid().stream()
                .collect(Collectors.groupingBy(
                        payment -> payment.created().toLocalDate().toString().substring(0, 7),
                        Collectors.reducing(BigDecimal.ZERO, Payment::amount, BigDecimal::add))));
        assertThat(run.revenueByMonth()).isEqualTo(expected);
        assertThat(run.totals().path("first_order_date").asText())
                .isEqualTo(paid().stream()
                        .map(payment -> payment.created().toLocalDate())
                        .min(Comparable::compareTo)
                        .orElseThrow()
                        .toString());
    }

    @Test
    void withATimeZoneTheOrderDateIsTheCalendarDateThere() throws IOException {
        PresetRun tokyo =
                PresetRun.of(PresetRun.inZone(run.spec, "Asia/Tokyo"), dir.resolve("data"), dir.resolve("out-tokyo"));
        Map<String, BigDecimal> expected = new TreeMap<>(paid().stream()
                .collect(Collectors.groupingBy(
                        payment -> payment.created()
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(ZoneId.of("Asia/Tokyo"))
                                .toLocalDate()
                                .toString()
                                .substring(0, 7),
                        Collectors.reducing(BigDecimal.ZERO, Payment::amount, BigDecimal::add))));
        assertThat(tokyo.revenueByMonth()).isEqualTo(expected).isNotEqualTo(run.revenueByMonth());
    }

    @Test
    void revenueBySegmentIsByTheCardCountryOfTheCustomersLastPayment() {
        Map<String, String> countryByCustomer = new TreeMap<>();
        fixture.payments.stream()
                .filter(payment -> !payment.customer().isEmpty())
                .forEach(payment -> countryByCustomer.put(
                        payment.customer(), payment.country().isEmpty() ? "Unknown" : payment.country()));
        Map<String, BigDecimal> expected = new TreeMap<>();
        countryByCustomer.values().forEach(country -> expected.put(country, BigDecimal.ZERO.setScale(2)));
        paid().stream()
                .filter(payment -> !payment.customer().isEmpty())
                .forEach(payment ->
                        expected.merge(countryByCustomer.get(payment.customer()), payment.amount(), BigDecimal::add));
        assertThat(new TreeMap<>(run.revenueBySegment())).isEqualTo(expected);
    }

    @Test
    void noCheckFailsAPayment() {
        for (JsonNode check : run.result.quality().path("checks")) {
            assertThat(check.path("failed").asLong())
                    .as(check.path("id").asText())
                    .isZero();
        }
    }

    @Test
    void anExportOfSeveralCurrenciesIsRefusedRatherThanSummed() throws IOException {
        Path data = Files.createDirectories(dir.resolve("several-currencies"));
        StripePaymentsFixture.write(data, 6L, 200, List.of("usd", "eur", "gbp"));
        assertThatThrownBy(() -> PresetRun.of(data, "stripe-payments", dir.resolve("out-currencies")))
                .isInstanceOf(SalesLensException.class)
                .satisfies(e -> assertThat(((SalesLensException) e).category()).isEqualTo(ErrorCategory.USER_ERROR))
                .hasMessageContaining(StripePaymentsFixture.FILE)
                .hasMessageContaining("mixes currencies")
                .hasMessageContaining("EUR")
                .hasMessageContaining("GBP")
                .hasMessageContaining("USD");
    }

    private static List<Payment> paid() {
        return fixture.payments.stream()
                .filter(payment -> payment.status().equals("Paid") && payment.captured())
                .toList();
    }
}
