package io.saleslens.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.catalog.Document;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.report.SampleRun;
import io.saleslens.run.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures the alert rules read by name, beside the keys a spec names (checked against the catalogue when the run
 * starts), are catalogue figures that a run on the sample writes.
 */
class AlertCatalogueTest {

    @Test
    void theFiguresTheRulesReadByNameAreCataloguedAndWrittenOnTheSample() {
        RunResult sample = SampleRun.result();
        for (String key : List.of(RuleEvaluator.SCORE_KEY, RuleEvaluator.NEWEST_ORDER_KEY, "checks[id].passed")) {
            Metric metric = MetricCatalogue.standard().metric(key).orElseThrow(() -> new AssertionError(key));
            var document = metric.document() == Document.QUALITY ? sample.quality() : sample.metrics();
            assertThat(metric.values(document)).as(key).isNotEmpty();
        }
    }
}
