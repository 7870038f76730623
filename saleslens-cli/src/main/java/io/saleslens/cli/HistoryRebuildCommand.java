package io.saleslens.cli;

import io.saleslens.history.HistoryDatabase;
import io.saleslens.history.HistoryRecorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saleslens history rebuild}: recreates the history's run tables from the run folders. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description =
                "Recreate the history's runs, metric_values and check_results from the run folders in <out>/runs.")
final class HistoryRebuildCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            description = "Output folder whose runs/ are recorded (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Option(
            names = "--history",
            paramLabel = "URL",
            description =
                    "History database: jdbc:postgresql://HOST/DB or jdbc:duckdb:FILE (default: <out>/history.duckdb).")
    String history;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        HistoryDatabase database = HistoryCommand.database(out, history);
        int runs = new HistoryRecorder(database).rebuild(out);
        PrintWriter output = commandSpec.commandLine().getOut();
        output.println("rebuilt " + database.location() + " from " + runs + (runs == 1 ? " run" : " runs") + " in "
                + out.resolve("runs"));
        output.flush();
        return ExitCode.SUCCESS.code();
    }
}
