package io.saleslens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecLoader;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four runs on copies of the sample, as a team that runs SalesLens every day would have them. Run 2 loses Australia's
 * orders of 2013-12 and gains 200 duplicate customer rows: the comparison shows exactly that, a critical alert on the
 * year-to-date revenue fires and is sent once to the webhook and by mail to each owner. Run 3 on the same data: the
 * alerts are ongoing and nothing is sent. Run 4 on the original data: they clear and the clearance is sent once.
 */
class FollowUpScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final String WEBHOOK_VARIABLE = "SCENARIO_WEBHOOK_URL";
    private static final String SALES = "sales-ops@example.com";
    private static final String DATA = "data-team@example.com";
    private static final String REVENUE_ALERT = "revenue-ytd-drop";
    private static final String DUPLICATES_ALERT = "customer-duplicates";

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path dir;

    private final List<String> posts = new CopyOnWriteArrayList<>();
    private HttpServer webhook;

    @AfterEach
    void stopWebhook() {
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    @Test
    void aFallIsSentOnceKeptQuietWhileItHoldsAndItsClearanceSentOnce() throws Exception {
        webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        Map<String, String> environment = Map.of(
                WEBHOOK_VARIABLE, "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
        Path data = dir.resolve("data");
        TestFolders.copy(SAMPLE, data);
        Path out = dir.resolve("out");
        DatasetSpec spec = spec();

        RunResult first = run(spec, data, out, environment);
        JsonNode firstAlerts = alerts(first);
        assertThat(state(firstAlerts, REVENUE_ALERT)).isEqualTo("not_evaluated");
        assertThat(alert(firstAlerts, REVENUE_ALERT).path("message").asText())
                .isEqualTo("nothing to compare with: this is the first run in the output folder");

        // Run 2: the test's own query over run 1's star schema finds Australia's order lines of 2013-12.
        List<Long> removedLines = new ArrayList<>();
        double removedRevenue = 0;
        try (DuckDbEngine engine = new DuckDbEngine(dir.resolve("query"), null)) {
            Path gold = first.runDir().resolve("gold");
            for (Map<String, Object> row : engine.query("SELECT f.source_line, f.sales_amount FROM read_parquet('"
                    + gold.resolve("fact_sales.parquet") + "') f JOIN read_parquet('"
                    + gold.resolve("dim_customer.parquet") + "') c USING (customer_id)"
                    + " WHERE c.country = 'Australia' AND f.order_month = '2013-12'")) {
                removedLines.add(((Number) row.get("source_line")).longValue());
                removedRevenue += ((Number) row.get("sales_amount")).doubleValue();
            }
        }
        assertThat(removedLines).isNotEmpty();
        Path sales = data.resolve("source_crm").resolve("sales_details.csv");
        Path customers = data.resolve("source_crm").resolve("cust_info.csv");
        List<String> originalSales = Files.readAllLines(sales);
        List<String> originalCustomers = Files.readAllLines(customers);
        List<String> fewerSales = new ArrayList<>();
        for (int line = 1; line <= originalSales.size(); line++) {
            if (!removedLines.contains((long) line)) {
                fewerSales.add(originalSales.get(line - 1));
            }
        }
        Files.write(sales, fewerSales);
        List<String> moreCustomers = new ArrayList<>(originalCustomers);
        moreCustomers.addAll(uniqueCustomerLines(originalCustomers, 200));
        Files.write(customers, moreCustomers);
        MAIL.purgeEmailFromAllMailboxes();
        posts.clear();

        RunResult second = run(spec, data, out, environment);
        JsonNode compare = JSON.readTree(second.runDir().resolve("compare.json").toFile());
        JsonNode revenue = metric(compare, "totals.revenue");
        assertThat(revenue.path("change").asDouble()).isCloseTo(-removedRevenue, within(1e-6));
        assertThat(ranking(compare, "country").path("largest_detractor").asText())
                .isEqualTo("Australia");
        JsonNode unique = check(compare, "cust_info.cst_id.unique");
        assertThat(unique.path("after_failed").asLong()
                        - unique.path("before_failed").asLong())
                .isEqualTo(200);

        JsonNode secondAlerts = alerts(second);
        JsonNode fall = alert(secondAlerts, REVENUE_ALERT);
        assertThat(fall.path("state").asText()).isEqualTo("fired");
        assertThat(fall.path("severity").asText()).isEqualTo("critical");
        assertThat(fall.path("figures").path("change").asDouble()).isCloseTo(-removedRevenue, within(1e-6));
        double ytdBefore = fall.path("figures").path("before").asDouble();
        assertThat(fall.path("figure").asDouble()).isCloseTo(-removedRevenue / ytdBefore * 100, within(1e-9));
        assertThat(fall.path("figure").asDouble()).isLessThan(-2);
        assertThat(state(secondAlerts, DUPLICATES_ALERT)).isEqualTo("fired");
        assertThat(posts).hasSize(1);
        JsonNode digest = JSON.readTree(posts.get(0));
        assertThat(names(digest.path("alerts"))).containsExactlyInAnyOrder(REVENUE_ALERT, DUPLICATES_ALERT);
        assertThat(digest.path("text").asText())
                .contains(REVENUE_ALERT, second.runId().toString());
        assertThat(received()).containsExactlyInAnyOrder(SALES, DATA);
        assertThat(secondAlerts.path("deliveries"))
                .allSatisfy(d -> assertThat(d.path("delivered").asBoolean()).isTrue());
        assertThat(Files.readString(second.runDir().resolve("reports").resolve("sales.md")))
                .contains("## Needs attention", "**revenue-ytd-drop**");

        // Run 3: the same data. Both alerts still hold: ongoing, and nothing is sent.
        MAIL.purgeEmailFromAllMailboxes();
        posts.clear();
        RunResult third = run(spec, data, out, environment);
        JsonNode thirdAlerts = alerts(third);
        assertThat(state(thirdAlerts, REVENUE_ALERT)).isEqualTo("ongoing");
        assertThat(state(thirdAlerts, DUPLICATES_ALERT)).isEqualTo("ongoing");
        assertThat(posts).isEmpty();
        assertThat(received()).isEmpty();

        // Run 4: the original data. Both alerts clear, and the clearance is sent once.
        Files.write(sales, originalSales);
        Files.write(customers, originalCustomers);
        MAIL.purgeEmailFromAllMailboxes();
        posts.clear();
        RunResult fourth = run(spec, data, out, environment);
        JsonNode fourthAlerts = alerts(fourth);
        assertThat(state(fourthAlerts, REVENUE_ALERT)).isEqualTo("cleared");
        assertThat(state(fourthAlerts, DUPLICATES_ALERT)).isEqualTo("cleared");
        assertThat(posts).hasSize(1);
        assertThat(texts(JSON.readTree(posts.get(0)).path("alerts"), "state")).containsOnly("cleared");
        assertThat(received()).containsExactlyInAnyOrder(SALES, DATA);

        // History holds every run's outcome of the alert.
        try (var connection = java.sql.DriverManager.getConnection(
                        "jdbc:duckdb:" + out.resolve(HistoryDatabase.FILE_NAME).toAbsolutePath());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(DISTINCT run), count(*) FROM alerts"
                        + " WHERE alert_name = '" + REVENUE_ALERT + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(4);
            assertThat(rows.getInt(2)).isEqualTo(4);
        }
    }

    private RunResult run(DatasetSpec spec, Path data, Path out, Map<String, String> environment) {
        RunOptions options = new RunOptions(spec, data, out, null);
        return SalesLens.run(
                options,
                SalesLens.departmentProfiles(options.reports()),
                HistoryDatabase.embedded(out),
                environment,
                ProgressListener.SILENT);
    }

    /** The crm-erp preset with the team's two alerts and where they go. */
    private static DatasetSpec spec() throws IOException {
        String preset;
        try (InputStream in = Presets.class.getResourceAsStream("presets/crm-erp.yaml")) {
            preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String yaml = preset
                + """

                alerts:
                  - name: %s
                    severity: critical
                    owner: sales
                    change: { metric: growth.year_to_date.revenue.current, op: "<", value: -2 }
                  - name: %s
                    severity: warn
                    owner: data-engineering
                    threshold:
                      metric: "row_accounting{}.duplicates_merged"
                      member: cust_info
                      op: ">"
                      value: 100
                notify:
                  backoff_millis: 10
                  webhook: { url_env: %s }
                  email:
                    host: 127.0.0.1
                    port: %d
                    from: saleslens@example.com
                    to:
                      sales: [%s]
                      data-engineering: [%s]
                """.formatted(
                                REVENUE_ALERT,
                                DUPLICATES_ALERT,
                                WEBHOOK_VARIABLE,
                                MAIL.getSmtp().getPort(),
                                SALES,
                                DATA);
        return SpecLoader.parse(yaml, "team.yaml");
    }

    /** {@code count} lines of customers whose id appears once in the file, to be added again as duplicates. */
    private static List<String> uniqueCustomerLines(List<String> lines, int count) {
        Map<String, Integer> seen = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            seen.merge(line.split(",", -1)[0], 1, Integer::sum);
        }
        List<String> picked = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String id = line.split(",", -1)[0];
            if (!id.isBlank() && seen.get(id) == 1 && picked.size() < count) {
                picked.add(line);
            }
        }
        return picked;
    }

    /** The addresses of the messages received since the mailboxes were last emptied, one per message. */
    private static List<String> received() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            for (var address : message.getRecipients(Message.RecipientType.TO)) {
                recipients.add(address.toString());
            }
        }
        return recipients;
    }

    private static JsonNode alerts(RunResult result) throws IOException {
        return JSON.readTree(result.runDir().resolve("alerts.json").toFile());
    }

    private static JsonNode alert(JsonNode alerts, String name) {
        for (JsonNode alert : alerts.path("alerts")) {
            if (alert.path("name").asText().equals(name)) {
                return alert;
            }
        }
        throw new AssertionError("no alert " + name + " in " + alerts);
    }

    private static String state(JsonNode alerts, String name) {
        return alert(alerts, name).path("state").asText();
    }

    private static JsonNode metric(JsonNode compare, String key) {
        for (JsonNode metric : compare.path("metrics")) {
            if (metric.path("key").asText().equals(key) && metric.path("member").isNull()) {
                return metric;
            }
        }
        throw new AssertionError("no figure " + key + " in compare.json");
    }

    private static JsonNode ranking(JsonNode compare, String grain) {
        for (JsonNode ranking : compare.path("rankings")) {
            if (ranking.path("grain").asText().equals(grain)) {
                return ranking;
            }
        }
        throw new AssertionError("no ranking of " + grain + " in compare.json");
    }

    private static JsonNode check(JsonNode compare, String id) {
        for (JsonNode check : compare.path("checks").path("changes")) {
            if (check.path("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no change of check " + id + " in compare.json");
    }

    private static Set<String> names(JsonNode alerts) {
        return new HashSet<>(texts(alerts, "name"));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText())
                .toList();
    }
}
