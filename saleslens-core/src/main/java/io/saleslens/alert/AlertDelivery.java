package io.saleslens.alert;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One digest sent, or not, to one endpoint: a webhook or one owner's e-mail addresses.
 *
 * @param channel webhook or email
 * @param recipient the owner department the digest was for, or "all" for the webhook
 * @param alerts the names of the alerts the digest carried
 * @param delivered whether an attempt succeeded
 * @param attempts how many attempts were made
 * @param error the last attempt's error when none succeeded; never a secret (URLs and passwords are left out)
 */
public record AlertDelivery(
        String channel, String recipient, List<String> alerts, boolean delivered, int attempts, String error) {

    public AlertDelivery {
        requireNonNull(channel, "channel is null");
        requireNonNull(recipient, "recipient is null");
        alerts = List.copyOf(alerts);
    }
}
