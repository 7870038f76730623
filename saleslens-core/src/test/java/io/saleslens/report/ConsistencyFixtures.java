package io.saleslens.report;

import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.generate.GeneratorOptions;
import io.saleslens.generate.SalesDataGenerator;
import io.saleslens.infer.DatasetInferrer;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs that differ in what reports must get right, shared by the tests of one JVM: the sample (a level shift, no
 * established seasonality, a withheld forecast), a flat shop export with three seasonal peaks and no country, and a
 * generated crm-erp export of 36 months (a forecast, a steady trend).
 */
public final class ConsistencyFixtures {
    /** Seasonal profile of the flat export: three peak months, the other nine sharing the rest of the year. */
    static final Map<Integer, Double> PEAKS = Map.of(11, 1.8, 12, 1.6, 9, 1.5);

    private static Map<String, RunResult> runs;

    private ConsistencyFixtures() {}

    public static synchronized Map<String, RunResult> runs() {
        if (runs == null) {
            try {
                Path root = Files.createTempDirectory("saleslens-consistency");
                Map<String, RunResult> made = new LinkedHashMap<>();
                made.put("sample", SampleRun.result());
                made.put("seasonal flat export", seasonalFlatRun(root.resolve("seasonal")));
                made.put("generated crm-erp", generatedRun(root.resolve("generated")));
                runs = made;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runs;
    }

    private static RunResult seasonalFlatRun(Path root) throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        writeSeasonalOrders(data.resolve("orders.csv"), 11L);
        DatasetSpec spec;
        try (DuckDbEngine engine = new DuckDbEngine(root.resolve("infer-spill"), null)) {
            spec = new DatasetInferrer(engine).infer(data).spec();
        }
        return SalesLens.run(new RunOptions(spec, data, root.resolve("out"), null), ProgressListener.SILENT);
    }

    private static RunResult generatedRun(Path root) throws IOException {
        Path data = root.resolve("data");
        SalesDataGenerator.generate(
                GeneratorOptions.builder(30_000, data).seed(7).months(36).build());
        return SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), data, root.resolve("out"), null), ProgressListener.SILENT);
    }

    /**
     * Four years of order lines (2020-2023) whose monthly count follows {@link #PEAKS} with 5% yearly growth; 300
     * customers, 20 products in three categories, no country column.
     */
    static void writeSeasonalOrders(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        double otherMonths =
                (12 - PEAKS.values().stream().mapToDouble(Double::doubleValue).sum()) / 9;
        List<String> lines = new ArrayList<>();
        lines.add("Order ID,Order Date,Customer ID,Customer Name,Product ID,Product Name,Category,Quantity,Sales");
        int order = 0;
        for (int year = 2020; year <= 2023; year++) {
            for (int month = 1; month <= 12; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                long count = Math.round(150 * PEAKS.getOrDefault(month, otherMonths) * (1 + 0.05 * (year - 2020)));
                for (int i = 0; i < count; i++) {
                    order++;
                    LocalDate date = yearMonth.atDay(1 + random.nextInt(yearMonth.lengthOfMonth()));
                    int customer = 1 + random.nextInt(300);
                    int product = 1 + random.nextInt(20);
                    int quantity = 1 + random.nextInt(3);
                    double price = 5 + product * 3.5;
                    lines.add(String.format(
                            java.util.Locale.ROOT,
                            "SO-%06d,%s,C%04d,Customer %d,P-%03d,Product %d,%s,%d,%.2f",
                            order,
                            date,
                            customer,
                            customer,
                            product,
                            product,
                            List.of("Outdoor", "Home", "Garden").get(product % 3),
                            quantity,
                            quantity * price));
                }
            }
        }
        Files.write(file, lines);
    }
}
