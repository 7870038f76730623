package io.saleslens.notify;

import static io.saleslens.notify.NotifyFixtures.COMPARISON;
import static io.saleslens.notify.NotifyFixtures.COUNTRY_REVENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.saleslens.compare.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainChangesTest {

    @Test
    void revenueOrdersTheQualityScoreAndTheCountryThatLostMost() {
        List<Digest.Change> changes = MainChanges.of(COMPARISON);

        assertThat(changes)
                .extracting(Digest.Change::figure, Digest.Change::member)
                .containsExactly(
                        tuple("totals.revenue", null),
                        tuple("totals.orders", null),
                        tuple("score.overall", null),
                        tuple(COUNTRY_REVENUE, "Germany"));
        Digest.Change revenue = changes.get(0);
        assertThat(revenue.before()).isEqualTo(1_200_000.0);
        assertThat(revenue.after()).isEqualTo(1_100_000.0);
        assertThat(revenue.change()).isEqualTo(-100_000.0);
        assertThat(revenue.relativeChange()).isEqualTo(-0.08333);
        assertThat(revenue.text()).isEqualTo("totals.revenue: $1.20M → $1.10M (-$100,000, -8.3%)");
        assertThat(changes.get(1).text()).isEqualTo("totals.orders: 5,000 → 4,800 (-200, -4.0%)");
        assertThat(changes.get(2).text()).isEqualTo("score.overall: 97.0% → 91.0% (-6.0%, -6.2%)");
        assertThat(changes.get(3).text())
                .isEqualTo(COUNTRY_REVENUE + " Germany: $300,000 → $250,000 (-$50,000, -16.7%)");
    }

    @Test
    void aRunWithNothingBeforeItHasNoChanges() {
        Comparison first = new Comparison(
                "20260124_231016_#6470e523",
                "shop",
                null,
                null,
                "first run of dataset shop",
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());

        assertThat(MainChanges.of(first)).isEmpty();
    }
}
