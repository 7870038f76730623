package io.saleslens;

import io.saleslens.analysis.AnalyseStage;
import io.saleslens.chart.DashboardStage;
import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.ingest.IngestStage;
import io.saleslens.insight.InsightStage;
import io.saleslens.metrics.MeasureStage;
import io.saleslens.model.CleanStage;
import io.saleslens.model.ModelStage;
import io.saleslens.quality.CheckStage;
import io.saleslens.quality.CleaningSummaryStage;
import io.saleslens.report.RenderStage;
import io.saleslens.run.ExportStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.run.Stage;
import java.util.List;

/** The front door: one run of the standard stages on the engine the options name (embedded DuckDB by default). */
public final class SalesLens {
    private SalesLens() {}

    /** The stages of a run, in order. */
    public static List<Stage> standardStages() {
        return List.of(new IngestStage(), new CheckStage(), new CleanStage(), new CleaningSummaryStage(), new ModelStage(),
                new MeasureStage(), new AnalyseStage(), new InsightStage(), new DashboardStage(), new RenderStage(), new ExportStage());
    }

    /**
     * The stages whose SQL both engines run: the data-quality checks, the insights and the reports built
     * on them still use DuckDB-only SQL, so a Spark run stops after the metrics, the analyses and the exports.
     */
    public static List<Stage> portableStages() {
        return List.of(new IngestStage(), new CleanStage(), new CleaningSummaryStage(), new ModelStage(), new MeasureStage(),
                new AnalyseStage(), new ExportStage());
    }

    /** The stages of {@code validate}: ingest and checks only. */
    public static List<Stage> validationStages() {
        return List.of(new IngestStage(), new CheckStage());
    }

    public static RunResult run(RunOptions options, ProgressListener progress) {
        List<Stage> stages = Engines.EMBEDDED.equals(options.engine()) ? standardStages() : portableStages();
        return new Pipeline(stages, spill -> Engines.open(options.engine(),
                new EngineSettings(spill, options.memoryLimit(), options.master()))).run(options, progress);
    }
}
