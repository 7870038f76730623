package io.saleslens.campaign;

import io.saleslens.SalesLens;
import io.saleslens.generate.GenerationTruth;
import io.saleslens.generate.GeneratorOptions;
import io.saleslens.generate.PlantedCampaign;
import io.saleslens.generate.SalesDataGenerator;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.SpecLoader;
import io.saleslens.stage.ReportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One full run, shared by the tests of one JVM, on generated data (8,000 clean order lines, seed 11) with a planted
 * campaign of +100 % and the spec the generator writes, plus three campaigns the data cannot measure as planted:
 * {@code next-year} (a window after the data), {@code strangers} (an audience of ids not in the data) and
 * {@code no-holdout} (the planted audience without its holdout), and {@code as-of-start}: the win-back list of a run on
 * the orders before the window (see {@link #beforeWindow()}), without its holdout.
 */
public final class CampaignRun {
    public static final double LIFT = 1.0;

    private static Path data;
    private static GenerationTruth truth;
    private static RunResult result;
    private static RunResult beforeWindow;

    private CampaignRun() {}

    public static synchronized RunResult result() {
        if (result == null) {
            try {
                Path directory = Files.createTempDirectory("saleslens-campaign-run");
                data = directory.resolve("data");
                // Clean data, so revenue is sls_sales and every order date is valid in the tests' own queries.
                truth = SalesDataGenerator.generate(GeneratorOptions.builder(8_000, data)
                        .seed(11)
                        .dirtRate(0)
                        .campaign(LIFT)
                        .build());
                Path spec = data.resolve(PlantedCampaign.SPEC_FILE);
                PlantedCampaign planted = truth.plantedCampaign().orElseThrow();
                beforeWindow = runBeforeWindow(directory, spec, planted);
                Path winBack = beforeWindow.runDir().resolve("audiences/win-back.csv");
                Files.writeString(data.resolve("campaign/strangers.csv"), "name,customer_id\nA,1\nB,2\n");
                Files.writeString(
                        spec,
                        Files.readString(spec)
                                + "  - { name: next-year, start: 2014-02-01, end: 2014-03-31, audience:"
                                + " campaign/treated.csv, holdout: campaign/holdout.csv }\n"
                                + "  - { name: strangers, start: " + planted.windowStart() + ", end: "
                                + planted.windowEnd()
                                + ", audience: campaign/strangers.csv, holdout: campaign/holdout.csv }\n"
                                + "  - { name: no-holdout, start: " + planted.windowStart() + ", end: "
                                + planted.windowEnd() + ", audience: campaign/treated.csv }\n"
                                + "  - { name: as-of-start, start: " + planted.windowStart() + ", end: "
                                + planted.windowEnd() + ", audience: '" + winBack + "' }\n");
                result = SalesLens.run(
                        new RunOptions(
                                SpecLoader.load(spec),
                                data,
                                directory.resolve("out"),
                                null,
                                new ReportOptions(List.of(), Optional.empty(), false)),
                        ProgressListener.SILENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /**
     * A run on a copy of the data without the sales lines dated in or after the window, holding out half of each
     * customer list: its RFM segments are the customers' segments when the window opened, so its win-back holdout is
     * exactly the untargeted customers of the win-back segments at that time.
     */
    private static RunResult runBeforeWindow(Path directory, Path spec, PlantedCampaign planted) throws IOException {
        Path copy = directory.resolve("before-window");
        for (String file : List.of(
                "source_crm/cust_info.csv",
                "source_crm/prd_info.csv",
                "source_erp/CUST_AZ12.csv",
                "source_erp/LOC_A101.csv",
                "source_erp/PX_CAT_G1V2.csv")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(data.resolve(file), copy.resolve(file));
        }
        String start = planted.windowStart().toString().replace("-", "");
        List<String> lines = Files.readAllLines(data.resolve("source_crm/sales_details.csv"));
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            if (line.split(",", -1)[3].compareTo(start) < 0) {
                kept.add(line);
            }
        }
        Files.write(copy.resolve("source_crm/sales_details.csv"), kept);
        String preset = Files.readString(spec);
        Path beforeSpec = copy.resolve("spec.yaml");
        Files.writeString(
                beforeSpec, preset.substring(0, preset.indexOf("\ncampaigns:") + 1) + "audiences: { holdout: 50% }\n");
        return SalesLens.run(
                new RunOptions(
                        SpecLoader.load(beforeSpec),
                        copy,
                        directory.resolve("before-window-out"),
                        null,
                        new ReportOptions(List.of(), Optional.empty(), false)),
                ProgressListener.SILENT);
    }

    /** The run on the orders before the window (see {@link #runBeforeWindow}). */
    public static RunResult beforeWindow() {
        result();
        return beforeWindow;
    }

    public static Path data() {
        result();
        return data;
    }

    public static GenerationTruth truth() {
        result();
        return truth;
    }
}
