package io.saleslens.cli;

import io.saleslens.catalog.Metric;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.history.HistoryEntry;
import io.saleslens.history.HistoryRecorder;
import io.saleslens.history.RunHistory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code saleslens history}: the runs of an output folder's history (or a team's), oldest first, with their key figures
 * and quality score; folders published but not yet recorded are recorded first.
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "List the recorded runs, oldest first, with their key figures and quality score.",
        subcommands = HistoryRebuildCommand.class)
final class HistoryCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            description = "Output folder whose runs/ the history records (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Option(
            names = "--history",
            paramLabel = "URL",
            description = "History database: jdbc:postgresql://HOST/DB (user and password from SALESLENS_HISTORY_USER"
                    + " and SALESLENS_HISTORY_PASSWORD) or jdbc:duckdb:FILE (default: <out>/history.duckdb).")
    String history;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Only the runs of this dataset (the spec's name).")
    String dataset;

    @Option(
            names = "--metric",
            paramLabel = "KEY",
            description = "A run-grain key of the metric catalogue to show; repeat for more"
                    + " (default: totals.revenue, totals.orders).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--last", paramLabel = "N", description = "Only the newest N runs.")
    Integer last;

    @Option(names = "--json", description = "Print the runs as JSON instead of a table.")
    boolean json;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        if (last != null && last < 1) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID, "--last " + last + ": give a number of runs, 1 or more");
        }
        HistoryDatabase database = database(out, history);
        RunHistory runHistory = new RunHistory(database);
        List<Metric> figures = runHistory.runGrainMetrics(metrics.isEmpty() ? RunHistory.DEFAULT_FIGURES : metrics);
        new HistoryRecorder(database).recordMissing(out);
        List<String> keys = new ArrayList<>(figures.stream().map(Metric::key).toList());
        keys.add(RunHistory.QUALITY_SCORE);
        List<HistoryEntry> entries = runHistory.runs(Optional.ofNullable(dataset), keys, Optional.ofNullable(last));
        PrintWriter output = commandSpec.commandLine().getOut();
        HistoryListing listing = new HistoryListing(figures, entries);
        if (json) {
            output.println(listing.json());
        } else if (entries.isEmpty()) {
            output.println("no runs recorded in " + database.location());
        } else {
            listing.printTable(output);
        }
        output.flush();
        return ExitCode.SUCCESS.code();
    }

    static HistoryDatabase database(Path out, String url) {
        return HistoryDatabase.of(out, url, System.getenv());
    }
}
