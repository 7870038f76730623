package io.saleslens.audience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.infer.DatasetInferrer;
import io.saleslens.report.SampleRun;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.stage.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The win-back list on the sample (examples/crm-erp): its two files hold exactly the customers the reports count,
 * which a separate query computes from the gold Parquet files with its own RFM scoring; the split is the same on a rerun
 * and holds out about the spec's share.
 */
class AudienceStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SALES_COUNT = Pattern.compile("call the ([\\d,]+) customers in the RFM segments");
    private static final Pattern MARKETING_COUNT = Pattern.compile("win-back offer to the ([\\d,]+) customers");

    @TempDir
    Path dir;

    @Test
    void theWinBackFilesHoldExactlyTheLapsingCustomersTheReportsCount() throws Exception {
        RunResult run = SampleRun.result();
        Path audiences = run.runDir().resolve("audiences");
        try (DuckDbEngine engine = new DuckDbEngine(dir.resolve("spill"), null)) {
            Set<String> expected = lapsingCustomers(engine, run);
            Set<String> treated = ids(engine, audiences.resolve("win-back.csv"));
            Set<String> holdout = ids(engine, audiences.resolve("win-back.holdout.csv"));

            assertThat(expected).hasSizeGreaterThan(1000);
            assertThat(treated).doesNotContainAnyElementsOf(holdout);
            Set<String> both = new HashSet<>(treated);
            both.addAll(holdout);
            assertThat(both).isEqualTo(expected);
            assertThat(ids(engine, audiences.resolve("win-back.parquet"))).isEqualTo(treated);
            assertThat(ids(engine, audiences.resolve("win-back.holdout.parquet")))
                    .isEqualTo(holdout);

            String sales = Files.readString(run.runDir().resolve("reports/sales.md"));
            String marketing = Files.readString(run.runDir().resolve("reports/marketing.md"));
            assertThat(statedCount(SALES_COUNT, sales)).isEqualTo(expected.size());
            assertThat(statedCount(MARKETING_COUNT, marketing)).isEqualTo(expected.size());
            double share = holdout.size() / (double) expected.size();
            assertThat(share).isBetween(0.07, 0.13);
        }
    }

    /**
     * The segment lists hold the customers with orders of the segments the actions name: the Sales report's outreach
     * leads with the high segment, Marketing's offer goes to the low one, of the attribute of the leading segment gap.
     */
    @Test
    void theSegmentListsHoldTheCustomersOfTheSegmentsTheActionsName() throws Exception {
        RunResult run = SampleRun.result();
        String sales = Files.readString(run.runDir().resolve("reports/sales.md"));
        String marketing = Files.readString(run.runDir().resolve("reports/marketing.md"));
        String attribute = StreamSupport.stream(
                        JSON.readTree(run.runDir().resolve("insights.json").toFile())
                                .path("insights")
                                .spliterator(),
                        false)
                .filter(insight -> insight.path("type").asText().equals("segment_gap"))
                .findFirst()
                .orElseThrow()
                .path("subject")
                .asText();
        String high = named(Pattern.compile("lead with the (.+?)(?: \\(\\w+\\))? segment \\(AOV"), sales);
        String low = named(Pattern.compile("order-value offer for (.+?)(?: \\(\\w+\\))?; measure"), marketing);
        assertThat(high).isNotEqualTo(low);
        Path audiences = run.runDir().resolve("audiences");
        try (DuckDbEngine engine = new DuckDbEngine(dir.resolve("spill"), null)) {
            for (Map.Entry<String, String> list :
                    Map.of("high-value-segment", high, "low-value-segment", low).entrySet()) {
                Set<String> expected = buyers(engine, run, attribute, list.getValue());
                Set<String> both = new HashSet<>(ids(engine, audiences.resolve(list.getKey() + ".csv")));
                both.addAll(ids(engine, audiences.resolve(list.getKey() + ".holdout.csv")));

                assertThat(expected).as(list.getKey()).hasSizeGreaterThan(1000);
                assertThat(both).as(list.getKey()).isEqualTo(expected);
            }
        }
        assertThat(sales).contains("Customer list `high-value-segment`: [");
        assertThat(marketing).contains("Customer list `high-value-segment`: [", "Customer list `low-value-segment`: [");
    }

    private static String named(Pattern pattern, String report) {
        Matcher matcher = pattern.matcher(report);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    /** The customers with at least one order line whose attribute has the value, from the gold Parquet files. */
    private static Set<String> buyers(DuckDbEngine engine, RunResult run, String attribute, String value) {
        Path gold = run.runDir().resolve("gold");
        return engine
                .query("SELECT DISTINCT CAST(f.customer_id AS VARCHAR) AS id FROM read_parquet('"
                        + gold.resolve("fact_sales.parquet") + "') f JOIN read_parquet('"
                        + gold.resolve("dim_customer.parquet") + "') c ON c.customer_id = f.customer_id WHERE c."
                        + attribute + " = '" + value.replace("'", "''") + "'")
                .stream()
                .map(row -> (String) row.get("id"))
                .collect(Collectors.toSet());
    }

    @Test
    void theFilesHaveTheAgreedColumnsAndAReasonForEveryCustomer() throws Exception {
        Path file = SampleRun.result().runDir().resolve("audiences/win-back.csv");
        List<String> lines = Files.readAllLines(file);

        assertThat(lines.get(0))
                .isEqualTo("customer_id,customer_number,name,segment,recency_score,frequency_score,monetary_score,"
                        + "last_order_date,revenue,reason");
        assertThat(lines.get(1))
                .matches("\\d+,AW\\d{8},[^,]+,(At Risk|Can't Lose Them),[1-5],[1-5],[1-5],"
                        + "\\d{4}-\\d{2}-\\d{2},[\\d.]+,\"In RFM segment [^\"]*\\.\"");
    }

    @Test
    void aRerunOnTheSameDataHoldsOutTheSameCustomers() throws Exception {
        RunResult first = SampleRun.result();
        RunResult again = SalesLens.run(
                new RunOptions(
                        Presets.load("crm-erp").withTargets(SampleRun.TARGETS),
                        Path.of("..", "examples", "crm-erp"),
                        dir.resolve("out"),
                        null,
                        new ReportOptions(List.of("sales"), Optional.empty(), false)),
                ProgressListener.SILENT);

        for (String file : List.of("win-back.csv", "win-back.holdout.csv")) {
            assertThat(Files.readString(again.runDir().resolve("audiences").resolve(file)))
                    .as(file)
                    .isEqualTo(
                            Files.readString(first.runDir().resolve("audiences").resolve(file)));
        }
    }

    @Test
    void theHoldoutIsTheCustomersWhoseHashFallsBelowTheShare() throws Exception {
        RunResult run = SampleRun.result();
        JsonNode audiences = run.metrics().path("audiences");
        String seed = run.runDir().getFileName().toString().replaceAll(".*_", "");
        assertThat(audiences.path("seed").asText()).isEqualTo(seed);
        // 10% of the 2^32 values of 8 hex digits: 0x1999999a and up are treated.
        try (DuckDbEngine engine = new DuckDbEngine(dir.resolve("spill"), null)) {
            for (String file : List.of("win-back.csv", "win-back.holdout.csv")) {
                long outside = engine.queryLong("SELECT count(*) FROM read_csv('"
                        + run.runDir().resolve("audiences").resolve(file) + "', all_varchar = true) WHERE (substr(md5('"
                        + seed + "|' || customer_id), 1, 8) < '1999999a') <> " + file.contains("holdout"));
                assertThat(outside).as(file).isZero();
            }
        }
    }

    @Test
    void aRunWithoutLapsingCustomersWritesNoListAndLinksNone() throws Exception {
        // Every customer ordered once, on the same day: all score R 1 and F 1, the segment Lost, none is At Risk.
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder orders = new StringBuilder(
                "Order ID,Order Date,Customer ID,Customer Name,Product ID,Product Name," + "Category,Quantity,Sales\n");
        for (int i = 1; i <= 40; i++) {
            orders.append("SO-")
                    .append(i)
                    .append(",2024-03-01,C")
                    .append(i)
                    .append(",Customer ")
                    .append(i)
                    .append(",P-1,Product 1,Home,1,")
                    .append(10 + i)
                    .append("\n");
        }
        Files.writeString(data.resolve("orders.csv"), orders);
        DatasetSpec spec;
        try (DuckDbEngine engine = new DuckDbEngine(dir.resolve("infer"), null)) {
            spec = new DatasetInferrer(engine).infer(data).spec();
        }
        RunResult run = SalesLens.run(new RunOptions(spec, data, dir.resolve("out"), null), ProgressListener.SILENT);

        for (JsonNode segment : run.metrics().at("/rfm/segments")) {
            assertThat(segment.path("customers").asLong())
                    .as(segment.path("segment").asText())
                    .isEqualTo(segment.path("segment").asText().equals("Lost") ? 40 : 0);
        }
        assertThat(run.metrics().at("/audiences/lists").isObject()).isTrue();
        assertThat(run.metrics().at("/audiences/lists").isEmpty()).isTrue();
        assertThat(run.runDir().resolve("audiences")).doesNotExist();
        try (Stream<Path> reports = Files.list(run.runDir().resolve("reports"))) {
            for (Path report :
                    reports.filter(file -> file.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(report)).as(report.toString()).doesNotContain("audiences/");
            }
        }
    }

    private static long statedCount(Pattern pattern, String report) {
        Matcher matcher = pattern.matcher(report);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    private static Set<String> ids(DuckDbEngine engine, Path file) {
        String reader = file.toString().endsWith(".csv")
                ? "read_csv('" + file + "', all_varchar = true)"
                : "read_parquet('" + file + "')";
        return engine.query("SELECT CAST(customer_id AS VARCHAR) AS id FROM " + reader).stream()
                .map(row -> (String) row.get("id"))
                .collect(Collectors.toSet());
    }

    /**
     * The customers in the RFM segments At Risk and Can't Lose Them, scored here from the gold Parquet files: recency,
     * frequency and monetary per customer, each score the NTILE(5) bucket of the first position its value takes in the
     * ordered customers (rank() - 1), the segment from the rule table the run states in metrics.json.
     */
    private static Set<String> lapsingCustomers(DuckDbEngine engine, RunResult run) {
        Path gold = run.runDir().resolve("gold");
        String facts = "read_parquet('" + gold.resolve("fact_sales.parquet") + "')";
        String customers = "read_parquet('" + gold.resolve("dim_customer.parquet") + "')";
        StringBuilder segment = new StringBuilder("CASE");
        for (JsonNode rule : run.metrics().at("/rfm/rules")) {
            segment.append(" WHEN r BETWEEN ")
                    .append(rule.at("/r/0").asInt())
                    .append(" AND ")
                    .append(rule.at("/r/1").asInt())
                    .append(" AND f BETWEEN ")
                    .append(rule.at("/f/0").asInt())
                    .append(" AND ")
                    .append(rule.at("/f/1").asInt())
                    .append(" THEN '")
                    .append(rule.path("segment").asText().replace("'", "''"))
                    .append("'");
        }
        segment.append(" END");
        String sql = "WITH last AS (SELECT max(order_date) AS d FROM " + facts + "),"
                + " m AS (SELECT f.customer_id, date_diff('day', max(f.order_date), any_value(last.d)) AS recency,"
                + " count(DISTINCT f.order_number) AS frequency FROM " + facts + " f, last"
                + " WHERE f.customer_id IN (SELECT customer_id FROM " + customers + ") GROUP BY f.customer_id),"
                + " population AS (SELECT count(*) AS n FROM m),"
                + " positions AS (SELECT customer_id,"
                + " rank() OVER (ORDER BY recency DESC NULLS FIRST) - 1 AS rp,"
                + " rank() OVER (ORDER BY frequency) - 1 AS fp FROM m),"
                + " scored AS (SELECT customer_id, " + ntile("rp") + " AS r, " + ntile("fp") + " AS f"
                + " FROM positions, population)"
                + " SELECT CAST(customer_id AS VARCHAR) AS id FROM scored WHERE " + segment
                + " IN ('At Risk', 'Can''t Lose Them')";
        return engine.query(sql).stream().map(row -> (String) row.get("id")).collect(Collectors.toSet());
    }

    /** The NTILE(5) bucket of 0-based position p among n rows: the first n % 5 buckets hold one row more. */
    private static String ntile(String p) {
        String big = "(n // 5 + 1)";
        String inBig = "(n % 5) * " + big;
        return "CASE WHEN " + p + " < " + inBig + " THEN 1 + " + p + " // " + big + " ELSE 1 + (n % 5) + (" + p + " - "
                + inBig + ") // (n // 5) END";
    }
}
