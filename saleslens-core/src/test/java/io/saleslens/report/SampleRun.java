package io.saleslens.report;

import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import io.saleslens.stage.ReportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One full run on the project's sample (examples/crm-erp) with PDFs, shared by the tests of one test JVM that need a
 * run of the sample (the report tests, the metric catalogue's).
 */
public final class SampleRun {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static RunResult result;

    private SampleRun() {}

    public static synchronized RunResult result() {
        if (result == null) {
            try {
                Path out = Files.createTempDirectory("saleslens-report-sample");
                RunOptions options = new RunOptions(
                        Presets.load("crm-erp"),
                        SAMPLE,
                        out,
                        null,
                        new ReportOptions(List.of(), Optional.empty(), true));
                result = SalesLens.run(options, ProgressListener.SILENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    static Path reports() {
        return result().runDir().resolve("reports");
    }
}
