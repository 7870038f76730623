package io.saleslens.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
    private static final String JSON = "{\"text\":\"two alerts\"}";
    private final List<Long> waits = new ArrayList<>();
    private final WebhookSender sender = new WebhookSender(new Retry(3, 10, waits::add));

    @Test
    void postsTheJsonOnceWhenTheWebhookTakesIt() throws Exception {
        try (WebhookServer server = new WebhookServer(200)) {
            Retry.Outcome outcome = sender.send(server.url(), JSON);

            assertThat(outcome).isEqualTo(new Retry.Outcome(true, 1, null));
            assertThat(server.requests)
                    .containsExactly(new WebhookServer.Request("POST", "application/json; charset=utf-8", JSON));
        }
    }

    @Test
    void triesAgainAfterAnErrorAnswer() throws Exception {
        try (WebhookServer server = new WebhookServer(500, 500, 200)) {
            Retry.Outcome outcome = sender.send(server.url(), JSON);

            assertThat(outcome).isEqualTo(new Retry.Outcome(true, 3, null));
            assertThat(server.requests).hasSize(3);
            assertThat(waits).containsExactly(10L, 20L);
        }
    }

    @Test
    void anyAnswerOutside2xxIsAFailedAttempt() throws Exception {
        try (WebhookServer server = new WebhookServer(404)) {
            assertThat(sender.send(server.url(), JSON))
                    .isEqualTo(new Retry.Outcome(false, 3, "the webhook answered HTTP 404"));
        }
    }

    @Test
    void aWebhookNobodyListensOnFailsWithoutQuotingItsUrl() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/hooks/" + WebhookServer.TOKEN);

        Retry.Outcome outcome = sender.send(closed, JSON);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.error()).startsWith("cannot reach the webhook: ").doesNotContain(WebhookServer.TOKEN);
    }

    @Test
    void anErrorMessageLosesTheUrlItsPathAndItsQuery() {
        URI url = URI.create("https://hooks.example.com/services/" + WebhookServer.TOKEN + "?key=k3y");

        String described = WebhookSender.describe(
                new java.io.IOException("failed " + url + " at /services/" + WebhookServer.TOKEN + " with key=k3y"),
                url);

        assertThat(described).isEqualTo("IOException failed … at … with …");
    }
}
