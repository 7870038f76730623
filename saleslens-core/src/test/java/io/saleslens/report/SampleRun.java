package io.saleslens.report;

import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import io.saleslens.spec.TargetSpec;
import io.saleslens.stage.ReportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One full run on the project's sample (examples/crm-erp) with PDFs, shared by the tests of one test JVM that need a
 * run of the sample (the report tests, the metric catalogue's, the targets').
 */
public final class SampleRun {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    /**
     * Targets on the sample, whose orders run from 2010-12-29 to 2014-01-28: a complete year for every department, a
     * quarter and a month in progress (the month by default, the one holding the newest order date) and one segment's
     * year for their owners.
     */
    public static final List<TargetSpec> TARGETS = List.of(
            new TargetSpec("revenue", 20_000_000.0, "year", "2013", null, null),
            new TargetSpec("orders", 2_500.0, "quarter", "2014-Q1", null, "sales"),
            new TargetSpec("revenue", 8_000_000.0, "year", "2013", "Married", "sales"),
            new TargetSpec("revenue", 2_000_000.0, "month", null, null, "finance"));

    private static RunResult result;

    private SampleRun() {}

    public static synchronized RunResult result() {
        if (result == null) {
            try {
                Path out = Files.createTempDirectory("saleslens-report-sample");
                RunOptions options = new RunOptions(
                        Presets.load("crm-erp").withTargets(TARGETS),
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
