import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.campaign.CampaignStage;
import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.generate.GenerationTruth;
import io.saleslens.generate.GeneratorOptions;
import io.saleslens.generate.PlantedCampaign;
import io.saleslens.generate.SalesDataGenerator;
import io.saleslens.ingest.IngestStage;
import io.saleslens.metrics.MeasureStage;
import io.saleslens.model.BindStage;
import io.saleslens.model.CleanStage;
import io.saleslens.model.CleaningSummaryStage;
import io.saleslens.model.ModelStage;
import io.saleslens.model.ScopeStage;
import io.saleslens.quality.CheckStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.SpecLoader;
import io.saleslens.stage.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coverage of the campaign intervals on generated data: for each planted lift and seed, generates a dataset with
 * {@code generate --campaign}, runs the stages that the campaign measurement reads (ingest to measure; the analyses, which
 * only the comparison without a holdout reads, and the report stages add nothing to these figures) and checks whether each measure's 95 % relative-lift interval holds the planted lift (orders and revenue
 * per customer: the lift itself; conversion: the conversion lift truth.json expects) and whether the lift is called
 * significant. Writes bench/campaign-coverage.md, or for seeds given as FROM-TO bench/campaign-coverage-FROM-TO.md (a
 * larger study on seeds of its own, beside the 20 the acceptance names).
 * {@code java -cp CLASSPATH bench/CampaignCoverageBench.java ROOT LINES SEEDS|FROM-TO LIFT...}
 */
public class CampaignCoverageBench {
    private static final List<String> MEASURES = List.of("conversion", "orders_per_customer", "revenue_per_customer");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        long lines = Long.parseLong(args[1]);
        String[] range = args[2].split("-", 2);
        int firstSeed = range.length == 2 ? Integer.parseInt(range[0]) : 1;
        int lastSeed = Integer.parseInt(range[range.length - 1]);
        int seeds = lastSeed - firstSeed + 1;
        List<Double> lifts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            lifts.add(Double.parseDouble(args[i]));
        }
        Path work = Files.createTempDirectory("saleslens-campaign-coverage-");
        List<String> rows = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        boolean passed = true;
        long started = System.nanoTime();
        double slowest = 0;
        long customers = 0;
        for (double lift : lifts) {
            int[] covered = new int[MEASURES.size()];
            int[] significant = new int[MEASURES.size()];
            for (int seed = firstSeed; seed <= lastSeed; seed++) {
                Path data = work.resolve("lift-" + lift + "-seed-" + seed);
                GenerationTruth truth = SalesDataGenerator.generate(GeneratorOptions.builder(lines, data)
                        .seed(seed)
                        .campaign(lift)
                        .build());
                customers = truth.customers();
                PlantedCampaign planted = truth.plantedCampaign().orElseThrow();
                long runStarted = System.nanoTime();
                JsonNode campaign = measure(data).metrics().at("/campaigns/list/0");
                double seconds = (System.nanoTime() - runStarted) / 1e9;
                slowest = Math.max(slowest, seconds);
                StringBuilder row = new StringBuilder("| " + percent(lift) + " | " + seed + " | "
                        + planted.treatedCustomers() + " / " + planted.holdoutCustomers());
                for (int m = 0; m < MEASURES.size(); m++) {
                    JsonNode measure = campaign.path("measures").path(MEASURES.get(m));
                    double truthLift = m == 0 ? planted.expectedConversion().relativeLift() : lift;
                    double lower = measure.path("relative_lift_lower").asDouble(Double.NaN);
                    double upper = measure.path("relative_lift_upper").asDouble(Double.NaN);
                    boolean holds = lower <= truthLift && truthLift <= upper;
                    boolean called = measure.path("significant").asBoolean();
                    covered[m] += holds ? 1 : 0;
                    significant[m] += called ? 1 : 0;
                    row.append(" | ")
                            .append(percent(measure.path("relative_lift").asDouble()))
                            .append(" [")
                            .append(percent(lower))
                            .append(", ")
                            .append(percent(upper))
                            .append("]")
                            .append(holds ? "" : " **miss**")
                            .append(called ? " sig" : "");
                }
                rows.add(row.append(" | ").append(String.format("%.1f", seconds)).append(" |").toString());
                System.err.println(rows.get(rows.size() - 1));
                deleteTree(data);
            }
            for (int m = 0; m < MEASURES.size(); m++) {
                boolean coverageOk = covered[m] >= Math.ceil(0.9 * seeds);
                boolean significanceOk = lift != 0 || significant[m] <= Math.floor(0.1 * seeds);
                passed &= coverageOk && significanceOk;
                summary.add("| " + percent(lift) + " | " + MEASURES.get(m) + " | " + covered[m] + "/" + seeds
                        + (coverageOk ? "" : " **below 90 %**") + " | " + wilson(covered[m], seeds) + " | "
                        + significant[m] + "/" + seeds
                        + (significanceOk ? "" : " **above 10 %**") + " |");
            }
        }
        long total = (System.nanoTime() - started) / 1_000_000_000L;
        List<String> report = new ArrayList<>();
        report.add("# Campaign interval coverage");
        report.add("");
        report.add("`bench/campaign-coverage.sh " + lines + " " + args[2] + " " + String.join(" ", args).replaceFirst(
                "^\\S+ \\S+ \\S+ ?", "") + "` on " + LocalDate.now() + ": " + lifts.size() * seeds + " generated"
                + " datasets of " + lines + " order lines (about " + customers + " customers each), " + total
                + " s in all, slowest run " + String.format("%.1f", slowest) + " s; machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", shared with other work.");
        report.add("");
        report.add("Each dataset plants a campaign over the three months before the last generated month: 30 % of the"
                + " customers who ordered before the window are treated, 30 % held out, and treated customers' orders"
                + " are weighted by 1 + lift. The run measures it through the spec the generator writes. Acceptance:"
                + " the 95 % interval of the relative lift holds the planted lift in at least 90 % of the seeds for"
                + " every lift and measure, and at a 0 % lift at most 10 % of the seeds call the lift significant."
                + " The planted lift of conversion is the one truth.json expects (a higher order rate lifts"
                + " conversion a little less than orders).");
        report.add("");
        report.add("Verdict: " + (passed ? "**pass**" : "**fail**"));
        report.add("");
        report.add("| Planted lift | Measure | Interval holds the planted lift | Coverage, 95 % Wilson interval |"
                + " Called significant |");
        report.add("|---|---|---|---|---|");
        report.addAll(summary);
        report.add("");
        report.add("Per seed: measured relative lift [95 % interval] of conversion, orders per customer and revenue per"
                + " customer; `sig` = significant at 5 %.");
        report.add("");
        report.add("| Lift | Seed | Treated / holdout | Conversion | Orders per customer | Revenue per customer | Run s |");
        report.add("|---|---|---|---|---|---|---|");
        report.addAll(rows);
        String name = range.length == 2 ? "campaign-coverage-" + args[2] + ".md" : "campaign-coverage.md";
        Files.write(root.resolve("bench").resolve(name), report);
        System.out.println(String.join("\n", report));
        System.exit(passed ? 0 : 1);
    }

    /** The share of seeds covered and its 95 % Wilson score interval: how exactly the seeds pin the coverage down. */
    private static String wilson(int covered, int seeds) {
        double z = 1.959964;
        double p = covered / (double) seeds;
        double centre = (p + z * z / (2 * seeds)) / (1 + z * z / seeds);
        double half = z / (1 + z * z / seeds) * Math.sqrt(p * (1 - p) / seeds + z * z / (4.0 * seeds * seeds));
        return String.format("%.1f %% [%.1f %%, %.1f %%]", 100 * p, 100 * (centre - half), 100 * (centre + half));
    }

    private static RunResult measure(Path data) {
        Path out = data.resolve("out");
        RunOptions options = new RunOptions(
                SpecLoader.load(data.resolve(PlantedCampaign.SPEC_FILE)),
                data,
                out,
                null,
                new ReportOptions(List.of(), Optional.empty(), false));
        return new Pipeline(
                        List.of(
                                new IngestStage(),
                                new BindStage(),
                                new ScopeStage(),
                                new CheckStage(),
                                new CleanStage(),
                                new CleaningSummaryStage(),
                                new ModelStage(),
                                new MeasureStage(),
                                new CampaignStage()),
                        spill -> Engines.open(options.engine(), new EngineSettings(spill, null, null)))
                .run(options, ProgressListener.SILENT);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%+.1f %%", value * 100);
    }

    private static String memory() throws Exception {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB memory")
                .findFirst()
                .orElse("memory unknown");
    }

    private static void deleteTree(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
