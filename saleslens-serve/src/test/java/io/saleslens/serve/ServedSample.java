package io.saleslens.serve;

import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One real run of the project's sample (examples/crm-erp) in an output folder, shared by the site tests of a JVM. */
final class ServedSample {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static Path out;
    private static RunResult result;

    private ServedSample() {}

    static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("saleslens-served");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = SalesLens.run(new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), ProgressListener.SILENT);
        }
        return out;
    }

    static synchronized RunResult result() {
        out();
        return result;
    }
}
