package io.saleslens.cli;

import io.saleslens.SalesLens;
import io.saleslens.alert.AlertDocument;
import io.saleslens.alert.AlertOutcome;
import io.saleslens.alert.Alerts;
import io.saleslens.run.RunLock;
import io.saleslens.run.RunResult;
import io.saleslens.spec.AlertSeverity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Mixin
    ReportOptionsMixin reports;

    @Option(
            names = "--fail-on-alert",
            paramLabel = "SEVERITY",
            converter = AlertSeverityConverter.class,
            description = "Exit 3 when an alert of this severity or above (info, warn, critical) holds in the run,"
                    + " sent or ongoing; the run is published all the same.")
    AlertSeverity failOnAlert;

    @Option(names = "--json", description = "Print the summary as JSON on stdout (progress stays on stderr).")
    boolean json;

    @Option(
            names = "--no-wait",
            description = "When another run is writing to the output folder, exit 2 at once instead of waiting for it.")
    boolean noWait;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        return runAndSummarise(
                dataDir,
                options,
                reports,
                failOnAlert,
                json,
                !noWait,
                commandSpec.commandLine().getOut(),
                commandSpec.commandLine().getErr());
    }

    /**
     * Runs, prints the summary and returns the exit code: 3 when an alert of {@code failOnAlert} or above holds. The
     * output folder's run lock is taken first: when another run holds it, the run waits for it (saying so on
     * {@code err}) or, unless {@code wait}, fails as a user error.
     */
    static int runAndSummarise(
            Path dataDir,
            RunOptionsMixin options,
            ReportOptionsMixin reports,
            AlertSeverity failOnAlert,
            boolean json,
            boolean wait,
            PrintWriter out,
            PrintWriter err) {
        PreparedRun run = options.prepare(dataDir, reports.reportOptions(), err);
        if (!java.nio.file.Files.isDirectory(dataDir)) {
            // Refused before the output folder is created for the lock, as the pipeline would.
            throw new io.saleslens.error.SalesLensException(
                    io.saleslens.error.ErrorCode.DATA_FOLDER_NOT_FOUND,
                    dataDir + ": data folder not found; give the folder that holds the source files");
        }
        RunResult result;
        try (RunLock lock = RunLock.acquire(options.out, wait, message -> {
            err.println("saleslens: " + message + " (--no-wait refuses instead)");
            err.flush();
        })) {
            result = SalesLens.run(run.options(), run.profiles(), options.historyDatabase(), new ConsoleProgress(err));
        }
        Alerts alerts = AlertDocument.read(result.runDir());
        RunSummary summary = new RunSummary(result, alerts);
        if (json) {
            summary.printJson(out);
        } else {
            summary.print(out);
        }
        if (failOnAlert != null && !alerts.holding(failOnAlert).isEmpty()) {
            err.println("saleslens: " + alerts.holding(failOnAlert).size() + " alert(s) of severity " + failOnAlert
                    + " or above hold: "
                    + String.join(
                            ", ",
                            alerts.holding(failOnAlert).stream()
                                    .map(AlertOutcome::name)
                                    .toList()));
            err.flush();
            return ExitCode.ALERT_FIRED.code();
        }
        return ExitCode.SUCCESS.code();
    }
}
