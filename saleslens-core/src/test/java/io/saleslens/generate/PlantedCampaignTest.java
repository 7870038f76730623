package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantedCampaignTest {
    private static final LocalDate START = LocalDate.of(2013, 7, 1);
    private static final LocalDate END = LocalDate.of(2013, 12, 31);

    @TempDir
    Path directory;

    @Test
    void writesBothFilesWithDisjointEligibleCustomersAndTheTruth() throws Exception {
        Path out = directory.resolve("lift");
        // Clean data: a planted bad date could hide the only order a customer placed before the window.
        GenerationTruth truth = SalesDataGenerator.generate(GeneratorOptions.builder(4_000, out)
                .seed(3)
                .dirtRate(0)
                .campaign(1.0)
                .campaignWindow(START, END)
                .build());

        PlantedCampaign campaign = truth.plantedCampaign().orElseThrow();
        List<String> treated = Files.readAllLines(out.resolve(PlantedCampaign.TREATED_FILE));
        List<String> holdout = Files.readAllLines(out.resolve(PlantedCampaign.HOLDOUT_FILE));
        assertThat(treated.get(0)).isEqualTo(CampaignFilesWriter.AUDIENCE_HEADER);
        assertThat(treated).hasSize((int) campaign.treatedCustomers() + 1);
        assertThat(holdout).hasSize((int) campaign.holdoutCustomers() + 1);
        assertThat(GenerationTruth.read(out).plantedCampaign()).contains(campaign);
        assertThat(Files.readString(out.resolve(PlantedCampaign.SPEC_FILE)))
                .contains("campaigns:", "start: 2013-07-01", "audience: campaign/treated.csv");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            load(sql, out);
            // Nobody is in both arms, and every customer of either ordered before the window.
            assertThat(longOf(sql, "SELECT count(*) FROM treated t JOIN holdout h USING (customer_id)"))
                    .isZero();
            assertThat(longOf(
                            sql,
                            "SELECT count(*) FROM (SELECT customer_id FROM treated UNION ALL SELECT customer_id FROM"
                                    + " holdout) a WHERE customer_id NOT IN (SELECT sls_cust_id FROM sales WHERE"
                                    + " order_date < DATE '2013-07-01')"))
                    .isZero();
            // With a planted lift of 100 %, treated customers order about twice as often in the window.
            double treatedOrders = ordersPerCustomer(sql, "treated");
            double holdoutOrders = ordersPerCustomer(sql, "holdout");
            assertThat(treatedOrders / holdoutOrders).isBetween(1.6, 2.4);
            assertThat(campaign.expectedOrders().relativeLift()).isCloseTo(1.0, within(1e-9));
            assertThat(holdoutOrders).isCloseTo(campaign.expectedOrders().holdout(), within(0.25 * holdoutOrders));
            assertThat(campaign.expectedConversion().relativeLift()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aZeroLiftLeavesTheSalesFileAsWithoutACampaign() throws IOException {
        SalesDataGenerator.generate(options(directory.resolve("zero"), 0.0));
        SalesDataGenerator.generate(GeneratorOptions.builder(4_000, directory.resolve("none"))
                .seed(3)
                .build());

        assertThat(Files.readString(directory.resolve("zero/source_crm/sales_details.csv")))
                .isEqualTo(Files.readString(directory.resolve("none/source_crm/sales_details.csv")));
        assertThat(GenerationTruth.read(directory.resolve("none")).plantedCampaign())
                .isEmpty();
    }

    @Test
    void refusesAWindowOutsideTheGeneratedMonths() {
        assertThatThrownBy(() -> GeneratorOptions.builder(100, directory)
                        .campaign(0.1)
                        .campaignWindow(LocalDate.of(2013, 11, 1), LocalDate.of(2014, 2, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start after 2011-01-01")
                .hasMessageContaining("end by 2013-12-31");
    }

    private static GeneratorOptions options(Path out, double lift) {
        return GeneratorOptions.builder(4_000, out)
                .seed(3)
                .campaign(lift)
                .campaignWindow(START, END)
                .build();
    }

    private static void load(Statement sql, Path out) throws SQLException {
        sql.execute("CREATE TABLE sales AS SELECT sls_ord_num, sls_cust_id, try_strptime(CAST(sls_order_dt AS VARCHAR),"
                + " '%Y%m%d')::DATE AS order_date FROM read_csv('" + out.resolve("source_crm/sales_details.csv")
                + "', all_varchar = true)");
        sql.execute("CREATE TABLE treated AS SELECT customer_id FROM read_csv('"
                + out.resolve(PlantedCampaign.TREATED_FILE) + "', all_varchar = true)");
        sql.execute("CREATE TABLE holdout AS SELECT customer_id FROM read_csv('"
                + out.resolve(PlantedCampaign.HOLDOUT_FILE) + "', all_varchar = true)");
    }

    private static double ordersPerCustomer(Statement sql, String arm) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT (SELECT count(DISTINCT sls_ord_num) FROM sales s JOIN " + arm
                + " a ON s.sls_cust_id = a.customer_id WHERE order_date BETWEEN DATE '2013-07-01' AND DATE"
                + " '2013-12-31') / (SELECT count(*) FROM " + arm + ")")) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    private static long longOf(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
