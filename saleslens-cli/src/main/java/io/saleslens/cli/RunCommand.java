package io.saleslens.cli;

import io.saleslens.SalesLens;
import io.saleslens.run.RunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saleslens run DATA_DIR}: one full run on a data folder. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the pipeline on a data folder and publish a run folder.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA_DIR", description = "Folder holding the source files.")
    Path dataDir;

    @Mixin
    RunOptionsMixin options;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        return runAndSummarise(
                dataDir,
                options,
                commandSpec.commandLine().getOut(),
                commandSpec.commandLine().getErr());
    }

    static int runAndSummarise(Path dataDir, RunOptionsMixin options, PrintWriter out, PrintWriter err) {
        PreparedRun run = options.prepare(dataDir, err);
        RunResult result =
                SalesLens.run(run.options(), run.profiles(), options.historyDatabase(), new ConsoleProgress(err));
        new RunSummary(result).print(out);
        return ExitCode.SUCCESS.code();
    }
}
