package io.saleslens.cli;

import io.saleslens.generate.GenerationTruth;
import io.saleslens.generate.GeneratorOptions;
import io.saleslens.generate.PlantedCampaign;
import io.saleslens.generate.SalesDataGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a synthetic crm-erp dataset of any size with its truth.json, for tests and benchmarks. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate sales data in the crm-erp layout, with planted defects and truth.json.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lines", required = true, paramLabel = "N", description = "Order lines.")
    long lines;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--seed",
            defaultValue = "42",
            paramLabel = "S",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--dirt",
            defaultValue = "0.01",
            paramLabel = "RATE",
            description = "Share of rows given each kind of defect, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double dirtRate;

    @Option(
            names = "--campaign",
            paramLabel = "LIFT",
            description = "Plant a campaign: a seeded treated set and holdout among the customers who ordered before"
                    + " the window, the treated ordering LIFT more often in it (10% or 0.1). Writes campaign/treated.csv,"
                    + " campaign/holdout.csv, campaign/spec.yaml and the planted lift in truth.json.")
    String campaignLift;

    @Option(
            names = "--campaign-window",
            paramLabel = "START:END",
            description =
                    "The campaign's first and last day, yyyy-MM-dd:yyyy-MM-dd (default: the three months before the last generated month).")
    String campaignWindow;

    @Option(
            names = "--force",
            description = "Write into --out even when it holds files (the generated files replace theirs).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (!force && holdsFiles(out)) {
            spec.commandLine()
                    .getErr()
                    .println("saleslens: " + out + " is not empty; give an empty or new folder, or add --force to write"
                            + " the generated files over what is there");
            return ExitCode.USER_ERROR.code();
        }
        GeneratorOptions options;
        try {
            GeneratorOptions.Builder builder =
                    GeneratorOptions.builder(lines, out).seed(seed).dirtRate(dirtRate);
            if (campaignLift != null) {
                builder.campaign(lift(campaignLift));
            }
            if (campaignWindow != null) {
                LocalDate[] window = window(campaignWindow);
                builder.campaignWindow(window[0], window[1]);
            }
            options = builder.build();
        } catch (IllegalArgumentException e) {
            // A bad option is a user error: one line and exit code 2, as everywhere in the CLI.
            spec.commandLine().getErr().println("generate: " + e.getMessage());
            return ExitCode.USER_ERROR.code();
        }
        long started = System.nanoTime();
        GenerationTruth truth = SalesDataGenerator.generate(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine()
                .getOut()
                .println("Generated "
                        + truth.salesRecords()
                        + " order lines ("
                        + truth.orders()
                        + " orders, "
                        + truth.customers()
                        + " customers, "
                        + truth.defects().total()
                        + " planted defects) in "
                        + out
                        + " in "
                        + Math.round(seconds * 10) / 10.0
                        + " s; truth in "
                        + out.resolve(GenerationTruth.FILE_NAME));
        truth.plantedCampaign()
                .ifPresent(campaign -> spec.commandLine()
                        .getOut()
                        .println("Planted a campaign of " + campaign.treatedCustomers() + " treated and "
                                + campaign.holdoutCustomers() + " held-out customers from " + campaign.windowStart()
                                + " to " + campaign.windowEnd() + "; measure it with --spec "
                                + out.resolve(PlantedCampaign.SPEC_FILE)));
        return 0;
    }

    /** 10% or 0.1. */
    private static double lift(String text) {
        String trimmed = text.trim();
        try {
            return trimmed.endsWith("%")
                    ? Double.parseDouble(trimmed.substring(0, trimmed.length() - 1)) / 100
                    : Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--campaign '" + text
                    + "' is not a lift; write a percentage such as 10% or a fraction such as 0.1");
        }
    }

    private static LocalDate[] window(String text) {
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 2) {
                return new LocalDate[] {LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim())};
            }
        } catch (DateTimeParseException e) {
            // Same answer as a wrong shape, below.
        }
        throw new IllegalArgumentException(
                "--campaign-window '" + text + "' is not START:END; write two ISO dates such as 2013-10-01:2013-12-31");
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isPresent();
        }
    }
}
