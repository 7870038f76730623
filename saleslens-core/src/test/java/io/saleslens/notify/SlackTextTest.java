package io.saleslens.notify;

import static io.saleslens.notify.NotifyFixtures.QUALITY_SCORE;
import static io.saleslens.notify.NotifyFixtures.REVENUE_DROP;
import static io.saleslens.notify.NotifyFixtures.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.alert.AlertState;
import io.saleslens.spec.AlertSeverity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void oneLineForTheRunOnePerAlertAndOneForTheChanges() {
        Digest.Change revenue = new Digest.Change(
                "totals.revenue", null, 1_200_000, 1_100_000, -100_000, -0.0833, "totals.revenue: down");

        String text = SlackText.of(
                "shop",
                RUN_ID,
                List.of(Digest.Alert.of(REVENUE_DROP), Digest.Alert.of(QUALITY_SCORE)),
                List.of(revenue));

        assertThat(text)
                .isEqualTo("*SalesLens shop* run `" + RUN_ID + "`: 2 alerts\n"
                        + "• *critical* revenue-drop (sales, fired): " + NotifyFixtures.REVENUE_MESSAGE + "\n"
                        + "• *warn* quality-score (data-engineering, worse): " + NotifyFixtures.QUALITY_MESSAGE + "\n"
                        + "Since the last run: totals.revenue: down");
    }

    @Test
    void theCharactersMrkdwnReservesAreEscaped() {
        Digest.Alert alert = new Digest.Alert(
                "r&d", AlertSeverity.INFO, "sales", AlertState.CLEARED, "Orders <5,000> & falling", Map.of());

        assertThat(SlackText.of("shop", RUN_ID, List.of(alert), List.of()))
                .endsWith("• *info* r&amp;d (sales, cleared): Orders &lt;5,000&gt; &amp; falling");
    }
}
