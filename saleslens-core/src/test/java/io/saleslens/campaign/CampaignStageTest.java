package io.saleslens.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Document;
import io.saleslens.catalog.FollowedFigures;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.generate.GenerationTruth;
import io.saleslens.generate.PlantedCampaign;
import io.saleslens.run.RunResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run of {@link CampaignRun}, on generated data with a planted campaign of +100 %: the measured figures equal an independent query of the
 * generated files, the 95 % intervals hold the planted lift, and campaigns the data cannot measure get a message.
 */
class CampaignStageTest {
    private static final double LIFT = CampaignRun.LIFT;

    private static Path data;
    private static GenerationTruth truth;
    private static RunResult run;

    @BeforeAll
    static void run() {
        run = CampaignRun.result();
        data = CampaignRun.data();
        truth = CampaignRun.truth();
    }

    private static JsonNode campaign(int index) {
        return run.metrics().path("campaigns").path("list").path(index);
    }

    @Test
    void measuresTheArmsAsAQueryOfTheGeneratedFilesDoes() throws Exception {
        JsonNode campaign = campaign(0);
        PlantedCampaign planted = truth.plantedCampaign().orElseThrow();

        assertThat(run.metrics().at("/campaigns/configured").asInt()).isEqualTo(5);
        assertThat(campaign.path("status").asText()).isEqualTo("measured");
        assertThat(campaign.path("design").asText()).isEqualTo("holdout");
        assertThat(campaign.at("/treated/in_data").asLong()).isEqualTo(planted.treatedCustomers());
        assertThat(campaign.at("/comparison/in_data").asLong()).isEqualTo(planted.holdoutCustomers());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            String window = "BETWEEN DATE '" + planted.windowStart() + "' AND DATE '" + planted.windowEnd() + "'";
            sql.execute("CREATE TABLE sales AS SELECT sls_ord_num, CAST(sls_cust_id AS BIGINT) AS customer,"
                    + " CAST(sls_sales AS DOUBLE) AS sales, strptime(CAST(sls_order_dt AS VARCHAR), '%Y%m%d')::DATE"
                    + " AS day FROM read_csv('" + data.resolve("source_crm/sales_details.csv")
                    + "', all_varchar = true)");
            for (String arm : List.of("treated", "holdout")) {
                String field = arm.equals("treated") ? "treated" : "comparison";
                sql.execute("CREATE TABLE " + arm + " AS WITH ids AS (SELECT CAST(customer_id AS BIGINT) AS customer"
                        + " FROM read_csv('" + data.resolve("campaign/" + arm + ".csv") + "', all_varchar = true))"
                        + " SELECT i.customer, count(DISTINCT s.sls_ord_num) AS orders, coalesce(sum(s.sales), 0) AS"
                        + " revenue FROM ids i LEFT JOIN sales s ON s.customer = i.customer AND s.day " + window
                        + " GROUP BY i.customer");
                assertThat(campaign.at("/measures/orders_per_customer/" + field).asDouble())
                        .as(arm)
                        .isCloseTo(scalar(sql, "SELECT avg(orders) FROM " + arm), within(5e-7));
                assertThat(campaign.at("/measures/revenue_per_customer/" + field)
                                .asDouble())
                        .isCloseTo(scalar(sql, "SELECT avg(revenue) FROM " + arm), within(0.005));
                assertThat(campaign.at("/measures/conversion/" + field).asDouble())
                        .isCloseTo(
                                scalar(sql, "SELECT avg(CASE WHEN orders > 0 THEN 1 ELSE 0 END) FROM " + arm),
                                within(5e-7));
            }
            double incremental = scalar(
                    sql,
                    "SELECT ((SELECT avg(revenue) FROM treated) - (SELECT avg(revenue) FROM holdout)) * (SELECT count(*)"
                            + " FROM treated)");
            assertThat(campaign.at("/incremental_revenue/value").asDouble()).isCloseTo(incremental, within(1.0));
        }
    }

    @Test
    void weekByWeekTheArmsRunningFiguresAreThoseOfAQueryOfTheGeneratedFiles() throws Exception {
        JsonNode weekly = campaign(0).path("weekly");
        PlantedCampaign planted = truth.plantedCampaign().orElseThrow();
        long days = planted.windowEnd().toEpochDay() - planted.windowStart().toEpochDay() + 1;

        assertThat(weekly.size()).isEqualTo((int) ((days + 6) / 7));
        assertThat(weekly.get(weekly.size() - 1).path("through").asText())
                .isEqualTo(planted.windowEnd().toString());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE sales AS SELECT sls_ord_num, CAST(sls_cust_id AS BIGINT) AS customer,"
                    + " CAST(sls_sales AS DOUBLE) AS sales, strptime(CAST(sls_order_dt AS VARCHAR), '%Y%m%d')::DATE"
                    + " AS day FROM read_csv('" + data.resolve("source_crm/sales_details.csv")
                    + "', all_varchar = true)");
            for (JsonNode week : weekly) {
                String through = "BETWEEN DATE '" + planted.windowStart() + "' AND DATE '"
                        + week.path("through").asText() + "'";
                for (String arm : List.of("treated", "holdout")) {
                    String ids = "(SELECT CAST(customer_id AS BIGINT) AS customer FROM read_csv('"
                            + data.resolve("campaign/" + arm + ".csv") + "', all_varchar = true))";
                    String field = arm.equals("treated") ? "treated_" : "comparison_";
                    assertThat(week.path(field + "revenue_per_customer").asDouble())
                            .as("%s week %s", arm, week.path("week"))
                            .isCloseTo(
                                    scalar(
                                            sql,
                                            "SELECT coalesce(sum(s.sales), 0) / (SELECT count(*) FROM " + ids
                                                    + ") FROM sales s WHERE s.customer IN (SELECT customer FROM " + ids
                                                    + ") AND s.day " + through),
                                    within(0.005));
                    assertThat(week.path(field + "conversion").asDouble())
                            .isCloseTo(
                                    scalar(
                                            sql,
                                            "SELECT count(DISTINCT s.customer) / (SELECT count(*) FROM " + ids
                                                    + ") FROM sales s WHERE s.customer IN (SELECT customer FROM " + ids
                                                    + ") AND s.day " + through),
                                    within(5e-7));
                }
            }
        }
        JsonNode last = weekly.get(weekly.size() - 1);
        assertThat(last.path("treated_revenue_per_customer").asDouble())
                .isCloseTo(
                        campaign(0).at("/measures/revenue_per_customer/treated").asDouble(), within(0.011));
        assertThat(last.path("comparison_conversion").asDouble())
                .isCloseTo(campaign(0).at("/measures/conversion/comparison").asDouble(), within(1e-6));
    }

    @Test
    void theIntervalsHoldThePlantedLift() {
        JsonNode measures = campaign(0).path("measures");
        PlantedCampaign planted = truth.plantedCampaign().orElseThrow();

        assertThat(measures.at("/orders_per_customer/relative_lift_lower").asDouble())
                .isLessThan(LIFT);
        assertThat(measures.at("/orders_per_customer/relative_lift_upper").asDouble())
                .isGreaterThan(LIFT);
        assertThat(measures.at("/revenue_per_customer/relative_lift_lower").asDouble())
                .isLessThan(LIFT);
        assertThat(measures.at("/revenue_per_customer/relative_lift_upper").asDouble())
                .isGreaterThan(LIFT);
        double conversionLift = planted.expectedConversion().relativeLift();
        assertThat(measures.at("/conversion/relative_lift_lower").asDouble()).isLessThan(conversionLift);
        assertThat(measures.at("/conversion/relative_lift_upper").asDouble()).isGreaterThan(conversionLift);
        assertThat(measures.at("/orders_per_customer/significant").asBoolean()).isTrue();
        JsonNode incremental = campaign(0).path("incremental_revenue");
        long treated = campaign(0).at("/treated/in_data").asLong();
        assertThat(incremental.path("lower").asDouble())
                .isCloseTo(
                        measures.at("/revenue_per_customer/absolute_lift_lower").asDouble() * treated,
                        within(0.006 * treated));
        assertThat(incremental.path("upper").asDouble())
                .isGreaterThan(incremental.path("value").asDouble());
    }

    @Test
    void aWindowTheDataDoesNotCoverGetsAMessageNotAFigure() {
        JsonNode campaign = campaign(1);

        assertThat(campaign.path("status").asText()).isEqualTo("window_not_covered");
        assertThat(campaign.path("message").asText())
                .startsWith("the window 2014-02-01 to 2014-03-31 is not inside the data's dated orders (2011-01-01 to");
        assertThat(campaign.has("measures")).isFalse();
    }

    @Test
    void anAudienceOfCustomersNotInTheDataGetsAMessage() {
        JsonNode campaign = campaign(2);

        assertThat(campaign.path("status").asText()).isEqualTo("audience_not_in_data");
        assertThat(campaign.path("message").asText()).startsWith("none of the 2 treated customers listed");
        assertThat(campaign.has("incremental_revenue")).isFalse();
    }

    @Test
    void withoutAHoldoutComparesWithUntargetedCustomersOfTheSameSegmentsAndSaysSo() {
        JsonNode campaign = campaign(3);

        assertThat(campaign.path("status").asText()).isEqualTo("measured");
        assertThat(campaign.path("design").asText()).isEqualTo("same_segment_untargeted");
        assertThat(campaign.path("design_note").asText()).startsWith("weaker design");
        // The comparison holds the untargeted customers, the holdout among them.
        assertThat(campaign.at("/comparison/in_data").asLong())
                .isGreaterThanOrEqualTo(1)
                .isLessThan(truth.customers()
                        - truth.plantedCampaign().orElseThrow().treatedCustomers());
    }

    @Test
    void withoutAHoldoutTheComparisonIsTheTreatedSegmentsAsTheyStoodWhenTheWindowOpened() throws Exception {
        JsonNode campaign = campaign(4);
        Path lists = CampaignRun.beforeWindow().runDir().resolve("audiences");
        PlantedCampaign planted = truth.plantedCampaign().orElseThrow();

        assertThat(campaign.path("status").asText()).isEqualTo("measured");
        assertThat(campaign.path("design_note").asText()).contains("scored on the orders before the window");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            // The run on the orders before the window held out half of its win-back segments' customers at random:
            // they are the untargeted customers of those segments when the window opened, none other.
            sql.execute("CREATE TABLE holdout AS SELECT CAST(customer_id AS BIGINT) AS customer FROM read_csv('"
                    + lists.resolve("win-back.holdout.csv") + "', all_varchar = true)");
            sql.execute("CREATE TABLE sales AS SELECT sls_ord_num, CAST(sls_cust_id AS BIGINT) AS customer,"
                    + " strptime(CAST(sls_order_dt AS VARCHAR), '%Y%m%d')::DATE AS day FROM read_csv('"
                    + data.resolve("source_crm/sales_details.csv") + "', all_varchar = true)");
            long held = (long) scalar(sql, "SELECT count(*) FROM holdout");
            assertThat(held).isGreaterThan(10);
            assertThat(campaign.at("/treated/in_data").asLong()).isEqualTo((long) scalar(
                    sql, "SELECT count(*) FROM read_csv('" + lists.resolve("win-back.csv") + "', all_varchar = true)"));
            assertThat(campaign.at("/comparison/in_data").asLong()).isEqualTo(held);
            double converted = scalar(
                    sql,
                    "SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM sales s WHERE s.customer = h.customer AND s.day"
                            + " BETWEEN DATE '" + planted.windowStart() + "' AND DATE '" + planted.windowEnd()
                            + "') THEN 1 ELSE 0 END) FROM holdout h");
            // Scored over all the data, the holdout customers who ordered in the window would have left the segments.
            assertThat(converted).isGreaterThan(0);
            assertThat(campaign.at("/measures/conversion/comparison").asDouble())
                    .isCloseTo(converted, within(5e-7));
        }
    }

    @Test
    void everyCampaignKeyOfTheCatalogueHasAValueAndEveryCampaignNumberIsCatalogued() {
        MetricCatalogue catalogue = MetricCatalogue.standard();
        List<String> withoutValue = catalogue.metrics().stream()
                .filter(metric -> metric.key().startsWith("campaigns."))
                .filter(metric -> metric.values(run.metrics()).isEmpty())
                .map(Metric::key)
                .toList();
        List<String> unplaced = FollowedFigures.numericLeaves(run.metrics()).stream()
                .filter(path -> path.get(0).equals("campaigns"))
                .filter(path -> !FollowedFigures.catalogued(Document.METRICS, path))
                .filter(path -> !FollowedFigures.excluded(Document.METRICS, path))
                .map(FollowedFigures::written)
                .distinct()
                .toList();

        assertThat(withoutValue).isEmpty();
        assertThat(unplaced).isEmpty();
    }

    private static double scalar(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getDouble(1);
        }
    }
}
