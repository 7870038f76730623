package io.saleslens.cli;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.percent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Unit;
import io.saleslens.compare.CompareDocument;
import io.saleslens.compare.ComparedRun;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.RunComparer;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.report.Figures;
import io.saleslens.run.PublishedRuns;
import io.saleslens.stage.PublishedRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saleslens compare [RUN_A [RUN_B]]}: two successful runs of one dataset compared by the code the run's compare
 * stage uses; prints the main changes and writes compare.json beside RUN_B.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare two successful runs of one dataset (default: the two latest) and write compare.json"
                + " in RUN_B's folder.")
final class CompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "RUN_A",
            description = "The earlier run, by Run ID or folder (default: the run before RUN_B of its dataset).")
    String runA;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "RUN_B",
            description = "The later run, by Run ID or folder (default: the newest run of RUN_A's dataset, or the"
                    + " newest run).")
    String runB;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder the runs were published in (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Option(names = "--json", description = "Print compare.json instead of the table.")
    boolean json;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        PublishedRuns runs = new PublishedRuns(out);
        PublishedRun later;
        PublishedRun earlier;
        if (runA == null) {
            later = runs.latest()
                    .orElseThrow(() -> new SalesLensException(
                            ErrorCode.RUN_NOT_FOUND,
                            runs.runs() + ": no successful run to compare; run 'saleslens run DATA_DIR --out " + out
                                    + "' first"));
            earlier = runs.before(later)
                    .orElseThrow(() -> new SalesLensException(
                            ErrorCode.RUN_NOT_FOUND,
                            later.folder() + " is the only successful run of dataset " + later.specName() + " in "
                                    + runs.runs() + "; run it again to have two to compare"));
        } else {
            earlier = runs.find(runA);
            later = runB != null
                    ? runs.find(runB)
                    : runs.latest(earlier.specName()).orElseThrow();
            if (later.folder().equals(earlier.folder())) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        runA + " is the newest run of dataset " + earlier.specName() + "; name the run to compare it"
                                + " with as RUN_B");
            }
            if (!later.specName().equals(earlier.specName())) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        runA + " read dataset " + earlier.specName() + " and " + runB + " dataset " + later.specName()
                                + "; compare two runs of one dataset");
            }
        }
        Comparison comparison = RunComparer.standard().compare(ComparedRun.of(earlier), ComparedRun.of(later));
        Path written = CompareDocument.write(runs.runs().resolve(later.folder()), comparison);
        PrintWriter stdout = commandSpec.commandLine().getOut();
        if (json) {
            try {
                stdout.println(JSON.writeValueAsString(CompareDocument.toJson(comparison)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            MoneySymbol.in(later.metrics().path("dataset").path("currency").asText(null), () -> {
                print(stdout, earlier, later, comparison, written);
                return null;
            });
        }
        stdout.flush();
        return ExitCode.SUCCESS.code();
    }

    private static void print(
            PrintWriter out, PublishedRun earlier, PublishedRun later, Comparison comparison, Path written) {
        out.println("Compared   " + earlier.folder() + " -> " + later.folder() + " (dataset " + later.specName() + ")");
        out.println("Inputs     "
                + (comparison.inputs().identical()
                        ? "identical (every source has the same sha256)"
                        : "changed: "
                                + String.join(
                                        ", ",
                                        comparison.inputs().sources().stream()
                                                .filter(s -> !s.identical())
                                                .map(Comparison.InputChange::source)
                                                .toList())));
        out.println();
        String format = "%-36s %14s %14s %14s %9s  %s%n";
        out.printf(format, "Figure", "Last run", "This run", "Change", "Change %", "");
        for (MetricChange change : comparison.metrics()) {
            if (change.grain() != Grain.RUN) {
                continue;
            }
            boolean date = change.unit() == Unit.DATE;
            out.printf(
                    format,
                    change.key(),
                    date ? text(change.beforeDate()) : value(change.unit(), change.before()),
                    date ? text(change.afterDate()) : value(change.unit(), change.after()),
                    change.change() == null ? "-" : signed(change.unit(), change.change()),
                    change.relativeChange() == null ? "-" : signedPercent(change.relativeChange()),
                    change.favourable() == null ? "" : change.favourable() ? "favourable" : "unfavourable");
        }
        out.println();
        for (Grain grain : List.of(Grain.COUNTRY, Grain.SEGMENT, Grain.CATEGORY, Grain.PRODUCT)) {
            comparison.ranking(grain).ifPresent(ranking -> {
                StringBuilder line = new StringBuilder();
                ranking.member(String.valueOf(ranking.largestDetractor()))
                        .ifPresent(m -> line.append("largest fall ")
                                .append(m.member())
                                .append(" (")
                                .append(signed(Unit.CURRENCY, m.change()))
                                .append(")"));
                ranking.member(String.valueOf(ranking.largestContributor()))
                        .ifPresent(m -> line.append(line.isEmpty() ? "" : ", ")
                                .append("largest rise ")
                                .append(m.member())
                                .append(" (")
                                .append(signed(Unit.CURRENCY, m.change()))
                                .append(")"));
                long moved = ranking.members().stream()
                        .filter(m -> !m.status().equals("unchanged"))
                        .count();
                if (moved > 0) {
                    line.append(line.isEmpty() ? "" : ", ").append(moved).append(" moved, new or gone");
                }
                if (!line.isEmpty()) {
                    out.printf(
                            "%-10s %s%n",
                            grain.name().charAt(0) + grain.name().substring(1).toLowerCase(), line);
                }
            });
        }
        comparison
                .checks()
                .changes()
                .forEach(check -> out.printf(
                        "%-10s %s %s (%s -> %s failing rows)%n",
                        "Check",
                        check.id(),
                        check.status().replace('_', ' '),
                        check.beforeFailed() == null ? "-" : count(check.beforeFailed()),
                        check.afterFailed() == null ? "-" : count(check.afterFailed())));
        comparison.rowsPerSource().stream()
                .filter(s -> s.rowsInChange() != null && s.rowsInChange() != 0)
                .forEach(s -> out.printf(
                        "%-10s %s %s -> %s lines read (%s)%n",
                        "Rows",
                        s.source(),
                        count(s.beforeRowsIn()),
                        count(s.afterRowsIn()),
                        signed(Unit.COUNT, s.rowsInChange())));
        comparison
                .schema()
                .forEach(s -> out.printf(
                        "%-10s %s %s: added %s, removed %s, types %s, reading %s%n",
                        "Schema",
                        s.source(),
                        s.status(),
                        s.columnsAdded(),
                        s.columnsRemoved(),
                        s.typesChanged().size(),
                        s.readingChanged().size()));
        out.println("Written    " + written);
    }

    private static String value(Unit unit, Double value) {
        return value == null ? "-" : Figures.inUnit(unit, value);
    }

    private static String signed(Unit unit, double change) {
        return Figures.signedChange(unit, change);
    }

    private static String signedPercent(double share) {
        return (share > 0 ? "+" : "") + percent(share);
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
