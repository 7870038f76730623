package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.analysis.stats.Seasonality;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run on the crm-erp sample, checked against what the analyses promise. */
class AnalyseStageTest {
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");

    @TempDir
    static Path out;

    private static RunResult run;
    private static JsonNode metrics;

    @BeforeAll
    static void runTheSample() throws IOException {
        run = SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("first"), null), ProgressListener.SILENT);
        metrics =
                new ObjectMapper().readTree(run.runDir().resolve("metrics.json").toFile());
    }

    @Test
    void everyCustomerWithAnOrderLandsInExactlyOneRfmSegment() {
        long inSegments = 0;
        for (JsonNode segment : metrics.at("/rfm/segments")) {
            inSegments += segment.get("customers").asLong();
        }
        assertThat(inSegments)
                .isEqualTo(metrics.at("/totals/customers_with_orders").asLong());
        assertThat(metrics.at("/rfm/customers").asLong()).isEqualTo(inSegments);
    }

    @Test
    void leavesThePartialFirstAndLastMonthsOutOfTheTimeFigures() {
        List<String> partial = new ArrayList<>();
        List<Double> completeRevenue = new ArrayList<>();
        for (JsonNode month : metrics.get("monthly")) {
            if (month.get("partial").asBoolean()) {
                partial.add(month.get("month").asText());
            } else {
                completeRevenue.add(month.get("revenue").asDouble());
            }
        }
        assertThat(partial).containsExactly("2010-12", "2014-01");
        assertThat(metrics.at("/analysis_periods/excluded_partial_months"))
                .extracting(JsonNode::asText)
                .containsExactlyElementsOf(partial);
        assertThat(metrics.at("/analysis_periods/first_complete_month").asText())
                .isEqualTo("2011-01");
        assertThat(metrics.at("/seasonality/months_used").asInt()).isEqualTo(completeRevenue.size());
        assertThat(metrics.at("/growth/last_complete_month").asText()).isEqualTo("2013-12");
    }

    @Test
    void callsRevenueSeasonalOnlyWhenTheTestSaysSo() throws IOException {
        double[] complete = new double[36];
        int i = 0;
        for (JsonNode month : metrics.get("monthly")) {
            if (!month.get("partial").asBoolean()) {
                complete[i++] = month.get("revenue").asDouble();
            }
        }
        boolean detected = Seasonality.detect(complete, 1).detected();

        assertThat(metrics.at("/seasonality/detected").asBoolean()).isEqualTo(detected);
        String report = Files.readString(run.runDir().resolve("reports").resolve("sales.md"));
        if (!detected) {
            assertThat(report).contains("Seasonality is not established").doesNotContain("Seasonality is established");
        }
    }

    @Test
    void findsTheAverageOrderValueShiftsOfTheSample() {
        assertThat(metrics.at("/trend/measures/avg_order_value/change_points"))
                .extracting(point -> point.get("month").asText())
                .contains("2012-01", "2013-02");
        assertThat(metrics.at("/forecast/available").asBoolean()).isFalse();
        assertThat(metrics.at("/forecast/reason").asText()).startsWith("series breaks");
    }

    @Test
    void ageBandsAndAbcClassesAccountForEveryone() {
        long customers = 0;
        for (JsonNode band : metrics.at("/segments_by/age_band/rows")) {
            customers += band.get("customers").asLong();
        }
        assertThat(customers).isEqualTo(metrics.at("/totals/customers").asLong());
        long products = 0;
        for (JsonNode abcClass : metrics.at("/products/abc/classes")) {
            products += abcClass.get("products").asLong();
        }
        assertThat(products).isEqualTo(metrics.at("/totals/products_sold").asLong());
        assertThat(metrics.at("/products/never_sold/count").asLong())
                .isEqualTo(metrics.at("/totals/products_in_catalog").asLong()
                        - metrics.at("/totals/products_sold").asLong());
    }

    @Test
    void writesTheSameMetricsTwiceAndNeverNaN() throws IOException {
        RunResult again = SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("second"), null), ProgressListener.SILENT);

        String first = Files.readString(run.runDir().resolve("metrics.json"));
        assertThat(Files.readString(again.runDir().resolve("metrics.json"))).isEqualTo(first);
        assertThat(first).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(run.runDir().resolve("dashboards").resolve("customer_segments.png"))
                .isRegularFile();
    }
}
