package io.saleslens.notify;

import static io.saleslens.notify.NotifyFixtures.ALERTS;
import static io.saleslens.notify.NotifyFixtures.COMPARISON;
import static io.saleslens.notify.NotifyFixtures.QUALITY_MESSAGE;
import static io.saleslens.notify.NotifyFixtures.REPORTS;
import static io.saleslens.notify.NotifyFixtures.REVENUE_MESSAGE;
import static io.saleslens.notify.NotifyFixtures.RUN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailDigestTest {
    private final Digest digest =
            Digest.of(RUN_ID, "shop", ALERTS.toSend(), Optional.of(REPORTS), Optional.of(COMPARISON));

    @Test
    void theSubjectNamesTheRunAndCountsTheDepartmentsAlerts() {
        assertThat(EmailDigest.of(digest, "sales").subject())
                .isEqualTo("SalesLens shop run " + RUN_ID + ": 1 alert for sales");
    }

    @Test
    void theBodyHoldsTheDepartmentsAlertsTopInsightsMainChangesAndReport() {
        EmailDigest email = EmailDigest.of(digest, "sales");

        assertThat(email.html())
                .startsWith("<!DOCTYPE html>")
                .contains(
                        REVENUE_MESSAGE,
                        "<strong>Germany</strong> brings 22.7% of revenue.",
                        "Bikes make 61.0% of revenue.",
                        "totals.revenue: $1.20M → $1.10M (-$100,000, -8.3%)",
                        "<code>reports/sales.html</code>")
                .doesNotContain(QUALITY_MESSAGE, "Accessories grew");
    }

    @Test
    void withNothingToCompareItSaysWhy() {
        Digest alone = Digest.of(RUN_ID, "shop", ALERTS.toSend(), Optional.of(REPORTS), Optional.empty());

        assertThat(EmailDigest.of(alone, "sales").markdown())
                .contains("Nothing to compare with: the run made no comparison.");
    }

    @Test
    void markdownInAnAlertMessageIsEscaped() {
        assertThat(EmailDigest.escape("*bold* [link](x) `code`")).isEqualTo("\\*bold\\* \\[link\\](x) \\`code\\`");
    }
}
