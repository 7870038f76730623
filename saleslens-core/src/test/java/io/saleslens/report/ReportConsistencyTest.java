package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every report of three different runs reads without a contradiction, an empty finding or broken text. */
class ReportConsistencyTest {

    @Test
    void noReportOfTheFixturesContradictsItselfOrShowsBrokenText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, RunResult> run : ConsistencyFixtures.runs().entrySet()) {
            JsonNode metrics = run.getValue().metrics();
            for (Path report : reports(run.getValue())) {
                ReportConsistency.problems(Files.readString(report), metrics)
                        .forEach(problem -> problems.add(run.getKey() + " " + report.getFileName() + ": " + problem));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPlantedContradictionIsFound() throws IOException {
        RunResult seasonal = ConsistencyFixtures.runs().get("seasonal flat export");
        String marketing = Files.readString(seasonal.runDir().resolve("reports/marketing.md"));
        assertThat(ReportConsistency.problems(marketing, seasonal.metrics())).isEmpty();

        String planted = marketing + "\n- **Seasonality:** No seasonal peak is claimed on these months.\n";

        assertThat(ReportConsistency.problems(planted, seasonal.metrics()))
                .singleElement()
                .asString()
                .startsWith("seasonality:");
    }

    @Test
    void brokenTextAndUnknownContributorsAreFound() {
        JsonNode none = ConsistencyFixtures.runs().get("sample").metrics();

        assertThat(ReportConsistency.problems("back-test MAPE n/a%.", none)).hasSize(1);
        assertThat(ReportConsistency.problems("Seasonal: seasonal: peaks", none))
                .hasSize(1);
        assertThat(ReportConsistency.problems("By category, Unknown added the most ($5,889.90).", none))
                .hasSize(1);
        assertThat(ReportConsistency.problems(
                        "Revenue is expected to be about $1, most likely between -$3 and $5.", none))
                .hasSize(1);
    }

    @Test
    void theSeasonalExportNamesAllThreePeakMonthsInOrderOfSize() throws IOException {
        RunResult seasonal = ConsistencyFixtures.runs().get("seasonal flat export");
        // The profile the fixture wrote: November 1.8, December 1.6, September 1.5 times an ordinary month.
        List<String> expected = ConsistencyFixtures.PEAKS.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .map(peak -> java.time.Month.of(peak.getKey())
                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US))
                .toList();

        assertThat(Files.readString(seasonal.runDir().resolve("reports/marketing.md")))
                .contains("it peaks in " + String.join(", ", expected));
        assertThat(Files.readString(seasonal.runDir().resolve("reports/sales.md")))
                .contains("peak months " + String.join(", ", expected));
    }

    private static List<Path> reports(RunResult run) throws IOException {
        try (Stream<Path> files = Files.list(run.runDir().resolve("reports"))) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }
}
