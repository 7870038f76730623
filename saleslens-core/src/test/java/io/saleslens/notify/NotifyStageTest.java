package io.saleslens.notify;

import static io.saleslens.notify.NotifyFixtures.ALERTS;
import static io.saleslens.notify.NotifyFixtures.COMPARISON;
import static io.saleslens.notify.NotifyFixtures.ORDERS_LOW;
import static io.saleslens.notify.NotifyFixtures.QUALITY_MESSAGE;
import static io.saleslens.notify.NotifyFixtures.REPORTS;
import static io.saleslens.notify.NotifyFixtures.REVENUE_MESSAGE;
import static io.saleslens.notify.NotifyFixtures.RUN_ID;
import static io.saleslens.notify.NotifyFixtures.SALES_INSIGHTS;
import static io.saleslens.notify.NotifyFixtures.context;
import static io.saleslens.notify.NotifyFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.saleslens.alert.AlertDelivery;
import io.saleslens.alert.AlertDocument;
import io.saleslens.alert.Alerts;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.RunContext;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class NotifyStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBHOOK_ONLY = """
            attempts: 3
            backoff_millis: 10
            webhook: { url_env: SALESLENS_WEBHOOK_URL }
            """;

    @RegisterExtension
    static final GreenMailExtension MAIL = MailServer.extension();

    @TempDir
    Path runDir;

    private final List<Long> waits = new ArrayList<>();

    @Test
    void postsOneDigestWithEveryAlertToSendAndMailsEachOwnerItsOwn() throws Exception {
        try (WebhookServer webhook = new WebhookServer(200)) {
            Deliveries deliveries = run(webhookAndMail(), environment(webhook), ALERTS);

            assertThat(webhook.requests).hasSize(1);
            JsonNode digest = JSON.readTree(webhook.requests.get(0).body());
            assertThat(digest.path("run_id").asText()).isEqualTo(RUN_ID);
            assertThat(digest.path("dataset").asText()).isEqualTo("shop");
            assertThat(texts(digest.path("alerts"), "name"))
                    .containsExactly("revenue-drop", "quality-score", "stale-orders");
            assertThat(texts(digest.path("alerts"), "state")).containsExactly("fired", "worse", "cleared");
            assertThat(texts(digest.path("alerts"), "message")).contains(REVENUE_MESSAGE, QUALITY_MESSAGE);
            assertThat(digest.path("text").asText()).contains(RUN_ID, "revenue-drop", "quality-score", "stale-orders");
            assertThat(digest.path("text").asText()).doesNotContain(ORDERS_LOW.name());
            assertThat(texts(digest.path("insights").get(0).path("key_insights"), null))
                    .containsExactlyElementsOf(SALES_INSIGHTS.subList(0, 3));
            assertThat(texts(digest.path("changes"), "figure")).contains("totals.revenue", "score.overall");

            MimeMessage sales = message("ana@example.com");
            assertThat(recipients(sales)).containsExactly("ana@example.com", "ben@example.com");
            assertThat(sales.getSubject()).isEqualTo("SalesLens shop run " + RUN_ID + ": 1 alert for sales");
            String salesBody = (String) sales.getContent();
            assertThat(salesBody).contains("Revenue fell 8.3% since the last run", "Germany", "reports/sales.html");
            assertThat(salesBody).doesNotContain("The quality score fell", "Accessories grew");
            MimeMessage data = message("dora@example.com");
            assertThat(recipients(data)).containsExactly("dora@example.com");
            assertThat((String) data.getContent()).contains("The quality score fell to 91.0%", "source rows pass");
            assertThat(MAIL.getReceivedMessages()).hasSize(3);

            assertThat(deliveries.deliveries())
                    .containsExactly(
                            new AlertDelivery(
                                    "webhook",
                                    "all",
                                    List.of("revenue-drop", "quality-score", "stale-orders"),
                                    true,
                                    1,
                                    null),
                            new AlertDelivery("email", "sales", List.of("revenue-drop"), true, 1, null),
                            new AlertDelivery("email", "data-engineering", List.of("quality-score"), true, 1, null),
                            new AlertDelivery(
                                    "email",
                                    "finance",
                                    List.of("stale-orders"),
                                    false,
                                    0,
                                    "no addresses for department finance in notify.email.to"));
            assertThat(deliveries.warnings())
                    .containsExactly("the email digest for finance was not delivered:"
                            + " no addresses for department finance in notify.email.to");
            JsonNode document = alertsJson();
            assertThat(document.path("deliveries")).hasSize(4);
            assertThat(document.path("deliveries").get(3).path("error").asText())
                    .isEqualTo("no addresses for department finance in notify.email.to");
        }
    }

    @Test
    void aWebhookAnsweringTwiceWithAnErrorIsDeliveredOnTheThirdAttempt() throws Exception {
        try (WebhookServer webhook = new WebhookServer(500, 500, 200)) {
            Deliveries deliveries = run(spec(WEBHOOK_ONLY), environment(webhook), ALERTS);

            assertThat(deliveries.deliveries()).singleElement().satisfies(d -> {
                assertThat(d.delivered()).isTrue();
                assertThat(d.attempts()).isEqualTo(3);
            });
            assertThat(deliveries.warnings()).isEmpty();
            assertThat(waits).containsExactly(10L, 20L);
            assertThat(webhook.requests).hasSize(3);
        }
    }

    @Test
    void aWebhookThatKeepsFailingIsAWarningAndARecordNotAFailedRun() throws Exception {
        try (WebhookServer webhook = new WebhookServer(500)) {
            Deliveries deliveries = run(spec(WEBHOOK_ONLY), environment(webhook), ALERTS);

            assertThat(deliveries.deliveries()).singleElement().satisfies(d -> {
                assertThat(d.delivered()).isFalse();
                assertThat(d.attempts()).isEqualTo(3);
                assertThat(d.error()).isEqualTo("the webhook answered HTTP 500");
            });
            assertThat(deliveries.warnings())
                    .containsExactly(
                            "the webhook digest was not delivered after 3 attempts: the webhook answered HTTP 500");
            JsonNode delivery = alertsJson().path("deliveries").get(0);
            assertThat(delivery.path("delivered").asBoolean()).isFalse();
            assertThat(delivery.path("error").asText()).isEqualTo("the webhook answered HTTP 500");
            assertThat(Files.readString(runDir.resolve(AlertDocument.FILE_NAME)))
                    .doesNotContain(WebhookServer.TOKEN);
            assertThat(String.join("\n", deliveries.warnings())).doesNotContain(WebhookServer.TOKEN);
        }
    }

    @Test
    void anUnsetVariableIsAFailedDeliveryThatNamesIt() throws Exception {
        Deliveries deliveries = run(webhookAndMail(), Map.of("SMTP_USER", MailServer.USER), ALERTS);

        assertThat(deliveries.deliveries())
                .extracting(AlertDelivery::recipient, AlertDelivery::attempts, AlertDelivery::error)
                .containsExactly(
                        tuple(
                                "all",
                                0,
                                "the environment variable SALESLENS_WEBHOOK_URL (notify.webhook.url_env) is not set"),
                        tuple(
                                "sales",
                                0,
                                "the environment variable SMTP_PASSWORD (notify.email.password_env) is not set"),
                        tuple(
                                "data-engineering",
                                0,
                                "the environment variable SMTP_PASSWORD (notify.email.password_env) is not set"),
                        tuple("finance", 0, "no addresses for department finance in notify.email.to"));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aVariableThatHoldsNoWebUrlIsNotQuoted() throws Exception {
        String notAUrl = "ftp://files.example.com/" + WebhookServer.TOKEN;

        Deliveries deliveries = run(spec(WEBHOOK_ONLY), Map.of("SALESLENS_WEBHOOK_URL", notAUrl), ALERTS);

        assertThat(deliveries.warnings())
                .containsExactly("the webhook digest was not delivered: the environment variable SALESLENS_WEBHOOK_URL"
                        + " (notify.webhook.url_env) does not hold an http or https URL");
    }

    @Test
    void aRunWithNothingToSendSendsNothing() throws Exception {
        try (WebhookServer webhook = new WebhookServer(200)) {
            Deliveries deliveries =
                    run(webhookAndMail(), environment(webhook), new Alerts(RUN_ID, List.of(ORDERS_LOW)));

            assertThat(deliveries.deliveries()).isEmpty();
            assertThat(webhook.requests).isEmpty();
            assertThat(MAIL.getReceivedMessages()).isEmpty();
            // alerts.json stays as the alert stage wrote it.
            assertThat(runDir.resolve(AlertDocument.FILE_NAME)).doesNotExist();
        }
    }

    @Test
    void aSpecWithoutNotifySendsNothing() throws Exception {
        Deliveries deliveries = run(spec(null), Map.of(), ALERTS);

        assertThat(deliveries.deliveries()).isEmpty();
        assertThat(runDir.resolve(AlertDocument.FILE_NAME)).doesNotExist();
    }

    @Test
    void withoutReportsOrComparisonTheDigestStillGoesOut() throws Exception {
        try (WebhookServer webhook = new WebhookServer(200)) {
            RunContext context = context(spec(WEBHOOK_ONLY), runDir, ALERTS);

            new NotifyStage(environment(webhook), waits::add).run(context);

            JsonNode digest = JSON.readTree(webhook.requests.get(0).body());
            assertThat(digest.path("insights")).isEmpty();
            assertThat(digest.path("changes")).isEmpty();
            assertThat(digest.path("no_comparison").asText()).isEqualTo("the run made no comparison");
        }
    }

    private Deliveries run(DatasetSpec spec, Map<String, String> environment, Alerts alerts) {
        RunContext context = context(spec, runDir, alerts, REPORTS, COMPARISON);
        return (Deliveries) new NotifyStage(environment, waits::add).run(context);
    }

    private static DatasetSpec webhookAndMail() {
        return spec("""
                attempts: 2
                backoff_millis: 10
                webhook: { url_env: SALESLENS_WEBHOOK_URL }
                email:
                  host: 127.0.0.1
                  port: %d
                  from: saleslens@example.com
                  to:
                    sales: [ana@example.com, ben@example.com]
                    data-engineering: [dora@example.com]
                  username_env: SMTP_USER
                  password_env: SMTP_PASSWORD
                """.formatted(MAIL.getSmtp().getPort()));
    }

    private static Map<String, String> environment(WebhookServer webhook) {
        return Map.of(
                "SALESLENS_WEBHOOK_URL", webhook.url().toString(),
                "SMTP_USER", MailServer.USER,
                "SMTP_PASSWORD", MailServer.PASSWORD);
    }

    private JsonNode alertsJson() throws Exception {
        return JSON.readTree(runDir.resolve(AlertDocument.FILE_NAME).toFile());
    }

    /** The message GreenMail delivered to one address (it keeps one copy per recipient). */
    private static MimeMessage message(String address) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (recipients(message).contains(address)) {
                return message;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(Address::toString)
                .toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.path(field).asText())
                .toList();
    }
}
