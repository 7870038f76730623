package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.PublishedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedRunsTest {
    @TempDir
    Path out;

    @Test
    void thePreviousRunIsTheNewestSuccessfulRunOfTheSameDatasetWithDocuments() throws IOException {
        folder("20260101_100000_#aaaaaaaa", "sales", "succeeded", "2026-01-01T10:00:00", "2026-01-01T10:00:05", true);
        folder("20260101_100000_#aaaaaaaa-2", "sales", "succeeded", "2026-01-01T10:00:00", "2026-01-01T10:00:09", true);
        folder("20260102_100000_#bbbbbbbb", "sales", "failed", "2026-01-02T10:00:00", "2026-01-02T10:00:01", false);
        folder("20260103_100000_#cccccccc", "sales", "succeeded", "2026-01-03T10:00:00", "2026-01-03T10:00:01", false);
        folder("20260104_100000_#dddddddd", "deals", "succeeded", "2026-01-04T10:00:00", "2026-01-04T10:00:01", true);
        PublishedRuns runs = new PublishedRuns(out);

        PublishedRun previous = runs.latest("sales").orElseThrow();

        // The failed run and the validation run (no metrics.json) do not count; of two runs started in the same
        // second, the one that finished later is the newer.
        assertThat(previous.folder()).isEqualTo("20260101_100000_#aaaaaaaa-2");
        assertThat(previous.metrics().path("totals").path("revenue").asDouble()).isEqualTo(10.0);
        assertThat(runs.before(previous).orElseThrow().folder()).isEqualTo("20260101_100000_#aaaaaaaa");
        assertThat(runs.latest().orElseThrow().folder()).isEqualTo("20260104_100000_#dddddddd");
        assertThat(runs.find("20260104_100000_#dddddddd").specName()).isEqualTo("deals");
    }

    @Test
    void saysWhyThereIsNothingBefore() throws IOException {
        assertThat(new PublishedRuns(out).whyNothingBefore("sales"))
                .isEqualTo("this is the first run in the output folder");
        folder("20260102_100000_#bbbbbbbb", "sales", "failed", "2026-01-02T10:00:00", "2026-01-02T10:00:01", false);
        folder("20260104_100000_#dddddddd", "deals", "succeeded", "2026-01-04T10:00:00", "2026-01-04T10:00:01", true);
        PublishedRuns runs = new PublishedRuns(out);

        assertThat(runs.latest("sales")).isEmpty();
        assertThat(runs.whyNothingBefore("sales"))
                .isEqualTo("no earlier run of dataset sales succeeded (1 run failed, was aborted or only validated)");
        assertThat(runs.whyNothingBefore("orders"))
                .isEqualTo("this is the first run of dataset orders in the output folder (its 2 earlier runs read other"
                        + " datasets)");
    }

    @Test
    void aRunThatIsNotThereIsAUserErrorNamingIt() throws IOException {
        folder("20260102_100000_#bbbbbbbb", "sales", "failed", "2026-01-02T10:00:00", "2026-01-02T10:00:01", false);

        assertThatThrownBy(() -> new PublishedRuns(out).find("20260102_100000_#bbbbbbbb"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "20260102_100000_#bbbbbbbb: no successful run with this id or folder in " + out.resolve("runs")
                                + "; list the folders there, or give --out the output folder the run was published in")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.RUN_NOT_FOUND);
    }

    private void folder(String name, String spec, String status, String started, String finished, boolean documents)
            throws IOException {
        Path dir = Files.createDirectories(out.resolve("runs").resolve(name));
        String runId = name.replaceFirst("-\\d+$", "");
        Files.writeString(
                dir.resolve("manifest.json"),
                "{\"run_id\": \"" + runId + "\", \"folder\": \"" + name + "\", \"status\": \"" + status
                        + "\", \"started_at\": \"" + started + "\", \"finished_at\": \"" + finished
                        + "\", \"spec_name\": \"" + spec + "\", \"inputs\": []}");
        Files.writeString(dir.resolve("quality.json"), "{}");
        if (documents) {
            Files.writeString(dir.resolve("metrics.json"), "{\"totals\": {\"revenue\": 10.0}}");
        }
    }
}
