package io.saleslens.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.alert.AlertDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveriesTest {

    @Test
    void eachDeliveryNotMadeIsAWarningNamingChannelRecipientAttemptsAndError() {
        Deliveries deliveries = new Deliveries(List.of(
                new AlertDelivery("webhook", "all", List.of("revenue-drop"), false, 3, "the webhook answered HTTP 503"),
                new AlertDelivery("email", "sales", List.of("revenue-drop"), true, 2, null),
                new AlertDelivery("email", "finance", List.of("stale-orders"), false, 1, "SMTP refused"),
                new AlertDelivery("email", "legal", List.of("late"), false, 0, "no addresses")));

        // Progress and the manifest count the digests delivered: one of the four.
        assertThat(deliveries.rows()).isEqualTo(1);
        assertThat(deliveries.warnings())
                .containsExactly(
                        "the webhook digest was not delivered after 3 attempts: the webhook answered HTTP 503",
                        "the email digest for finance was not delivered after 1 attempt: SMTP refused",
                        "the email digest for legal was not delivered: no addresses");
    }
}
