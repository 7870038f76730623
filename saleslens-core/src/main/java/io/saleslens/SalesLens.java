package io.saleslens;

import io.saleslens.analysis.AnalyseStage;
import io.saleslens.chart.DashboardStage;
import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.ingest.IngestStage;
import io.saleslens.insight.InsightStage;
import io.saleslens.metrics.MeasureStage;
import io.saleslens.model.CleanStage;
import io.saleslens.model.BindStage;
import io.saleslens.model.ModelStage;
import io.saleslens.model.ScopeStage;
import io.saleslens.quality.CheckStage;
import io.saleslens.model.CleaningSummaryStage;
import io.saleslens.report.RenderStage;
import io.saleslens.export.ExportStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.stage.Stage;
import java.util.List;

/** The front door: one run of the standard stages on the engine the options name (embedded DuckDB by default). */
public final class SalesLens {
    private SalesLens() {}

    /**
     * The stages of a run, in order, on any engine: the SQL of every stage runs on DuckDB and Spark alike, and
     * the insights, dashboards and reports read only metrics.json and quality.json.
     */
    public static List<Stage> standardStages() {
        return List.of(new IngestStage(), new BindStage(), new ScopeStage(), new CheckStage(), new CleanStage(), new CleaningSummaryStage(), new ModelStage(),
                new MeasureStage(), new AnalyseStage(), new InsightStage(), new DashboardStage(), new RenderStage(), new ExportStage());
    }

    /** The stages of {@code validate}: ingest and checks only. */
    public static List<Stage> validationStages() {
        return List.of(new IngestStage(), new BindStage(), new ScopeStage(), new CheckStage());
    }

    public static RunResult run(RunOptions options, ProgressListener progress) {
        return onEngineOf(options, standardStages()).run(options, progress);
    }

    /** Ingest and checks only, on the engine the options name: the run folder holds quality.json and the manifest. */
    public static RunResult validate(RunOptions options, ProgressListener progress) {
        return onEngineOf(options, validationStages()).run(options, progress);
    }

    private static Pipeline onEngineOf(RunOptions options, List<Stage> stages) {
        return new Pipeline(stages, spill -> Engines.open(options.engine(),
                new EngineSettings(spill, options.memoryLimit(), options.master())));
    }
}
