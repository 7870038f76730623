package io.saleslens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.report.Figures;
import io.saleslens.run.RunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saleslens validate DATA_DIR}: ingest and checks only. Prints the failing checks as a table and
 * exits 4 when a fail-severity check fails, 0 otherwise, so a scheduler or CI job can gate on it; a run that cannot
 * check at all exits with its error's code (1, 2 or 5), so "the data is bad" never looks like "the run broke".
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Run ingest and the data-quality checks only; exit 4 when a fail-severity check fails.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA_DIR", description = "Folder holding the source files.")
    Path dataDir;

    @Mixin
    RunOptionsMixin options;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        RunResult result = SalesLens.validate(
                options.runOptions(dataDir, err), options.historyDatabase(), new ConsoleProgress(err));
        JsonNode quality = result.quality();
        boolean blocking = false;
        out.println(String.format(
                "%-8s %-45s %-8s %-10s %12s %12s", "severity", "check", "action", "rule", "failed", "total"));
        for (JsonNode check : quality.path("checks")) {
            if (check.path("passed").asBoolean()) {
                continue;
            }
            blocking |= check.path("severity").asText().equals("fail");
            out.println(String.format(
                    "%-8s %-45s %-8s %-10s %12s %12s",
                    check.path("severity").asText(),
                    check.path("id").asText(),
                    check.path("action").asText(),
                    check.path("rule").asText(),
                    Figures.count(check.path("failed").asLong()),
                    Figures.count(check.path("total").asLong())));
        }
        JsonNode score = quality.path("score");
        out.println(score.path("checks_failed").asLong() + " of "
                + score.path("checks").asLong() + " checks failed; score "
                + Figures.percent(score.path("overall").asDouble()) + "; details in "
                + result.runDir().resolve("quality.json"));
        out.flush();
        return (blocking ? ExitCode.CHECKS_FAILED : ExitCode.SUCCESS).code();
    }
}
