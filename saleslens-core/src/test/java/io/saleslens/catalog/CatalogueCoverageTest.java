package io.saleslens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.report.SampleRun;
import io.saleslens.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The catalogue against a run of the sample (examples/crm-erp, the run the report tests share): every key has a value,
 * and every number the run writes is either followed by a key or left out on purpose in {@link FollowedFigures}, so a
 * new figure cannot be added without deciding whether to follow it. The pipeline keys are proved on the deals presets
 * (DealPresetTest), the only data that writes them; the usage.json keys on a run after counted page views
 * (UsageStageTest): the sample's site was never served; the campaign keys on generated data with a planted campaign
 * (CampaignStageTest), as the sample configures none.
 */
class CatalogueCoverageTest {
    private static final MetricCatalogue CATALOGUE = MetricCatalogue.standard();

    private static RunResult sample() {
        return SampleRun.result();
    }

    private static JsonNode document(Document document) {
        return switch (document) {
            case METRICS -> sample().metrics();
            case QUALITY -> sample().quality();
            case USAGE -> read(sample().runDir().resolve("usage.json"));
        };
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyKeyHasAValueOnTheSample() {
        List<String> withoutValue = CATALOGUE.metrics().stream()
                .filter(metric -> !metric.key().startsWith("pipeline."))
                .filter(metric -> metric.document() != Document.USAGE)
                .filter(metric -> !metric.key().startsWith("campaigns.list"))
                .filter(metric -> metric.values(document(metric.document())).isEmpty())
                .map(Metric::key)
                .toList();

        assertThat(withoutValue)
                .as("catalogue keys the sample run gives no value")
                .isEmpty();
    }

    @Test
    void everyNumberOfTheSampleIsFollowedOrLeftOutOnPurpose() {
        for (Document document : Document.values()) {
            List<String> unplaced = FollowedFigures.numericLeaves(document(document)).stream()
                    .filter(path -> !FollowedFigures.catalogued(document, path))
                    .filter(path -> !FollowedFigures.excluded(document, path))
                    .map(FollowedFigures::written)
                    .distinct()
                    .toList();

            assertThat(unplaced)
                    .as("numbers of %s neither in the catalogue nor excluded in FollowedFigures", document.fileName())
                    .isEmpty();
        }
    }

    @Test
    void noExclusionHidesAFollowedFigure() {
        for (Document document : Document.values()) {
            List<String> both = FollowedFigures.numericLeaves(document(document)).stream()
                    .filter(path -> FollowedFigures.catalogued(document, path))
                    .filter(path -> FollowedFigures.excluded(document, path))
                    .map(FollowedFigures::written)
                    .distinct()
                    .toList();

            assertThat(both)
                    .as("paths of %s both catalogued and excluded", document.fileName())
                    .isEmpty();
        }
    }

    @Test
    void theValuesAreTheDocumentsNumbersNamedByTheirMembers() {
        JsonNode metrics = sample().metrics();
        List<MetricValue> values = CATALOGUE.values(metrics, sample().quality());

        assertThat(values)
                .filteredOn(v -> v.key().equals("segments_by{}.rows[label].revenue"))
                .filteredOn(v -> v.dimension().orElseThrow().equals("marital_status / Married"))
                .singleElement()
                .extracting(MetricValue::number)
                .isEqualTo(metrics.at("/segments/rows/0/revenue").asDouble());
        assertThat(values)
                .filteredOn(v -> v.key().equals("cohorts.rows[cohort].retention[]"))
                .filteredOn(v -> v.dimension().orElseThrow().equals("2010-12 / 0"))
                .singleElement()
                .extracting(MetricValue::number)
                .isEqualTo(1.0);
        assertThat(values)
                .filteredOn(v -> v.key().equals("quarantine{}"))
                .extracting(v -> v.dimension().orElseThrow() + "=" + v.number())
                .contains("cust_info=4.0");
    }

    /**
     * The per-segment figures agree with the run's figures other queries compute: every sample customer is in the
     * customer file, so the segments add up to the whole (revenue to a cent per segment row for rounding).
     */
    @Test
    void theSegmentFiguresAddUpToTheRunsFigures() {
        JsonNode metrics = sample().metrics();
        JsonNode repeat = metrics.path("segment_repeat_purchase").path("rows");
        JsonNode monthly = metrics.path("segment_monthly").path("rows");

        assertThat(sum(repeat, "repeat_customers"))
                .isEqualTo(metrics.at("/customer_behaviour/repeat_customers").asDouble())
                .isPositive();
        assertThat(sum(repeat, "customers_with_orders"))
                .isEqualTo(metrics.at("/totals/customers_with_orders").asDouble());
        for (JsonNode month : metrics.path("monthly")) {
            String name = month.path("month").asText();
            double bySegment = StreamSupport.stream(monthly.spliterator(), false)
                    .filter(row -> row.path("month").asText().equals(name))
                    .mapToDouble(row -> row.path("revenue").asDouble())
                    .sum();
            assertThat(bySegment).as(name).isCloseTo(month.path("revenue").asDouble(), within(0.03));
        }
    }

    private static double sum(JsonNode rows, String field) {
        return StreamSupport.stream(rows.spliterator(), false)
                .mapToDouble(row -> row.path(field).asDouble())
                .sum();
    }
}
