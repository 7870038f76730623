package io.saleslens.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.saleslens.alert.AlertDelivery;
import io.saleslens.stage.StageResult;
import java.util.List;

/** The digests a run sent or tried to send; each one not delivered is a warning of the run, not a failure. */
public record Deliveries(List<AlertDelivery> deliveries) implements StageResult {

    public Deliveries {
        deliveries = List.copyOf(deliveries);
    }

    @Override
    @JsonIgnore
    public long rows() {
        return deliveries.stream().filter(AlertDelivery::delivered).count();
    }

    /** One sentence per delivery that failed: the channel, the recipient, the attempts and the last error. */
    @Override
    public List<String> warnings() {
        return deliveries.stream()
                .filter(d -> !d.delivered())
                .map(Deliveries::warning)
                .toList();
    }

    private static String warning(AlertDelivery delivery) {
        String digest = delivery.channel().equals(NotifyStage.WEBHOOK)
                ? "the webhook digest"
                : "the " + delivery.channel() + " digest for " + delivery.recipient();
        String attempts = delivery.attempts() == 0
                ? ""
                : " after " + delivery.attempts() + (delivery.attempts() == 1 ? " attempt" : " attempts");
        return digest + " was not delivered" + attempts + ": " + delivery.error();
    }
}
