package io.saleslens.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.spec.TargetSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsDocumentTest {

    @Test
    void writesEveryFigureInSnakeCaseWithTheStatusInWordsAndThePaceMethodNamed(@TempDir Path runDir) throws Exception {
        TargetResult result = new TargetEvaluator(
                        MetricCatalogue.standard(), MetricsFixture.metrics("2012-01-01", "2014-01-28"))
                .evaluate(new TargetSpec("orders", 100.0, "quarter", "2014-Q1", null, "sales"));

        Path file = TargetsDocument.write(runDir, new TargetResults(List.of(result)));
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertThat(file.getFileName()).hasToString("targets.json");
        assertThat(json.path("pace").asText()).startsWith("straight-line:");
        JsonNode target = json.path("targets").get(0);
        assertThat(target.path("metric").asText()).isEqualTo("monthly[month].orders");
        assertThat(target.path("unit").asText()).isEqualTo("count");
        assertThat(target.path("status").asText()).isEqualTo(result.status().label());
        assertThat(target.path("owner").asText()).isEqualTo("sales");
        assertThat(target.path("baseline_of").asText()).isEqualTo("2013-Q4");
        assertThat(target.path("elapsed_days").asLong()).isEqualTo(28);
        assertThat(target.path("projected").asDouble()).isEqualTo(result.projected());
        assertThat(target.has("period_start")).isTrue();
        assertThat(target.has("newest_order_date")).isTrue();
        assertThat(runDir.resolve(".targets.json.partial")).doesNotExist();
    }
}
