package io.saleslens.cli;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code saleslens bench}: runs bench/run.sh, which measures runs against the CSV-scan floor and writes bench/results.md. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmark runs of generated data against DuckDB's CSV scan; writes bench/results.md (see bench/run.sh).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "LINES",
            arity = "0..*",
            description = "Order-line counts (default: 60000 1000000 10000000 100000000).")
    List<Long> sizes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path script = Path.of(System.getProperty("saleslens.home", "."))
                .resolve("bench")
                .resolve("run.sh");
        if (!Files.isRegularFile(script)) {
            throw new SalesLensException(
                    ErrorCode.BUNDLED_FILE_NOT_FOUND,
                    script + ": the benchmark script is missing; run bench from the SalesLens folder");
        }
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        sizes.forEach(size -> command.add(Long.toString(size)));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
