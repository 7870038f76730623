package io.saleslens.notify;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a digest as JSON to a webhook: a 2xx answer is a delivery, any other answer or a connection error is retried.
 * Errors never quote the URL, since a Slack or Teams webhook URL is itself the secret.
 */
final class WebhookSender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final Retry retry;

    WebhookSender(Retry retry) {
        this.retry = requireNonNull(retry, "retry is null");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Retry.Outcome send(URI url, String json) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return retry.run(() -> post(request));
    }

    private void post(HttpRequest request) throws DeliveryFailure {
        int status;
        try {
            status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure("the webhook did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new DeliveryFailure("cannot reach the webhook: " + describe(e, request.uri()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while posting to the webhook");
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailure("the webhook answered HTTP " + status);
        }
    }

    /** The exception's kind and message with the URL, its path and its query left out. */
    static String describe(Exception e, URI url) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        for (String secret : new String[] {url.toString(), url.getRawPath(), url.getRawQuery()}) {
            if (secret != null && !secret.isEmpty() && !secret.equals("/")) {
                message = message.replace(secret, "…");
            }
        }
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : " " + message);
    }
}
