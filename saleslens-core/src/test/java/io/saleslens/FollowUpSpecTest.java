package io.saleslens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of targets, alerts and digests in docs/follow-up.md is {@code examples/follow-up.yaml}, and it runs. */
class FollowUpSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("..", "examples", "follow-up.yaml");
    private static final Path PAGE = Path.of("..", "docs", "follow-up.md");

    @TempDir
    Path dir;

    @Test
    void theSpecIsTheCrmErpLayoutFollowedByThePagesExample() throws IOException {
        String spec = Files.readString(SPEC);
        String readme = Files.readString(PAGE);
        int start = readme.indexOf("```yaml\ntargets:") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        assertThat(spec).endsWith(example);
        String preset;
        try (InputStream in = Presets.class.getResourceAsStream("presets/crm-erp.yaml")) {
            preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String layout = preset.substring(preset.indexOf("name: crm-erp")).stripTrailing();
        assertThat(spec).contains(layout + "\n" + example);
    }

    @Test
    void aRunWithItWritesTargetsAndAlertsAndRecordsTheDeliveriesItCouldNotMake() throws IOException {
        DatasetSpec spec = SpecLoader.load(SPEC);
        Path out = dir.resolve("out");
        RunOptions options = new RunOptions(spec, Path.of("..", "examples", "crm-erp"), out, null);
        List<String> warnings = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void stageStarted(String stage) {}

            @Override
            public void stageFinished(String stage, long rows, long millis) {}

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        // No environment: neither the webhook URL nor the SMTP login is set.
        RunResult result = SalesLens.run(
                options,
                SalesLens.departmentProfiles(options.reports()),
                HistoryDatabase.embedded(out),
                Map.of(),
                progress);

        JsonNode targets = JSON.readTree(result.runDir().resolve("targets.json").toFile());
        assertThat(targets.path("targets")).hasSize(spec.targets().size());
        JsonNode alerts = JSON.readTree(result.runDir().resolve("alerts.json").toFile());
        List<String> names = new ArrayList<>();
        alerts.path("alerts").forEach(alert -> names.add(alert.path("name").asText()));
        assertThat(names)
                .containsExactly(
                        "revenue-ytd-drop",
                        "australia-low",
                        "revenue-unusual",
                        "freshness",
                        "quality-drop",
                        "new-failing-check");
        // The sample's newest order is of 2014-01-28: the replaced freshness alert fires and is owed to its owner.
        JsonNode freshness = alerts.path("alerts").get(3);
        assertThat(freshness.path("state").asText()).isEqualTo("fired");
        assertThat(freshness.path("figures").path("bound").asInt()).isEqualTo(2);
        assertThat(alerts.path("deliveries"))
                .isNotEmpty()
                .allSatisfy(delivery ->
                        assertThat(delivery.path("delivered").asBoolean()).isFalse());
        assertThat(alerts.path("deliveries").toString()).contains("SALESLENS_WEBHOOK_URL");
        JsonNode manifest =
                JSON.readTree(result.runDir().resolve("manifest.json").toFile());
        assertThat(manifest.path("status").asText()).isEqualTo("succeeded");
        assertThat(manifest.path("warnings")).hasSize(alerts.path("deliveries").size());
        assertThat(warnings).hasSize(alerts.path("deliveries").size());
    }
}
