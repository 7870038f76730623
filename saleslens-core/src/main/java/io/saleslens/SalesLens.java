package io.saleslens;

import io.saleslens.alert.AlertStage;
import io.saleslens.alert.MetricHistory;
import io.saleslens.analysis.AnalyseStage;
import io.saleslens.audience.AudienceStage;
import io.saleslens.campaign.CampaignStage;
import io.saleslens.chart.DashboardStage;
import io.saleslens.compare.CompareStage;
import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.error.SalesLensException;
import io.saleslens.export.ExportStage;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.history.HistoryRecorder;
import io.saleslens.history.PageViewCounts;
import io.saleslens.history.RunHistory;
import io.saleslens.ingest.IngestStage;
import io.saleslens.insight.InsightRanking;
import io.saleslens.insight.InsightStage;
import io.saleslens.metrics.MeasureStage;
import io.saleslens.model.BindStage;
import io.saleslens.model.CleanStage;
import io.saleslens.model.CleaningSummaryStage;
import io.saleslens.model.ModelStage;
import io.saleslens.model.ScopeStage;
import io.saleslens.notify.NotifyStage;
import io.saleslens.quality.CheckStage;
import io.saleslens.report.DepartmentProfile;
import io.saleslens.report.DepartmentProfiles;
import io.saleslens.report.RenderStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.PublicationListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.stage.ReportOptions;
import io.saleslens.stage.Stage;
import io.saleslens.targets.TargetStage;
import io.saleslens.usage.PageViewSource;
import io.saleslens.usage.UsageStage;
import java.util.List;
import java.util.Map;

/** The front door: one run of the standard stages on the engine the options name (embedded DuckDB by default). */
public final class SalesLens {
    /**
     * Makes the process halt right after a run folder is published and before history records it, as a kill at that
     * moment would: set only by the test that proves such a run is recorded at the next start.
     */
    static final String HALT_AFTER_PUBLICATION = "saleslens.test.halt-after-publication";

    private SalesLens() {}

    /**
     * The stages of a run, in order, on any engine: the SQL of every stage runs on DuckDB and Spark alike, and
     * the insights, dashboards and reports read only the metrics and quality documents and what earlier stages hand on.
     */
    public static List<Stage> standardStages() {
        return standardStages(new RenderStage(), MetricHistory.NONE, PageViewSource.NONE, System.getenv());
    }

    /**
     * The standard stages, rendering department profiles loaded beforehand, alerts reading the given history and
     * notifications taking their secrets from {@code environment}.
     */
    public static List<Stage> standardStages(
            List<DepartmentProfile> profiles, HistoryDatabase history, Map<String, String> environment) {
        RunHistory runs = new RunHistory(history);
        return standardStages(
                new RenderStage(profiles), runs::lastValues, new PageViewCounts(history)::lastDays, environment);
    }

    private static List<Stage> standardStages(
            RenderStage render, MetricHistory history, PageViewSource pageViews, Map<String, String> environment) {
        return List.of(
                new IngestStage(),
                new BindStage(),
                new ScopeStage(),
                new CheckStage(),
                new CleanStage(),
                new CleaningSummaryStage(),
                new ModelStage(),
                new MeasureStage(),
                new AnalyseStage(),
                new CampaignStage(),
                new TargetStage(),
                new InsightStage(),
                new AudienceStage(),
                new CompareStage(),
                new AlertStage(history),
                new UsageStage(pageViews),
                new DashboardStage(),
                render,
                new NotifyStage(environment),
                new ExportStage());
    }

    /**
     * The department profiles the report options name, loaded once before a run so that an unknown department or a bad
     * profile fails before any stage runs.
     */
    public static List<DepartmentProfile> departmentProfiles(ReportOptions reports) {
        return new DepartmentProfiles(InsightRanking.standard().types())
                .load(reports.profilesDir(), reports.departments());
    }

    /** The stages of {@code validate}: ingest and checks only. */
    public static List<Stage> validationStages() {
        return List.of(new IngestStage(), new BindStage(), new ScopeStage(), new CheckStage());
    }

    public static RunResult run(RunOptions options, ProgressListener progress) {
        return run(options, departmentProfiles(options.reports()), progress);
    }

    /** A run that renders the given profiles, recorded in the output folder's own history. */
    public static RunResult run(RunOptions options, List<DepartmentProfile> profiles, ProgressListener progress) {
        return run(options, profiles, HistoryDatabase.embedded(options.outDir()), progress);
    }

    /** A run that renders the given profiles, loaded from the options' report settings beforehand, recorded in history. */
    public static RunResult run(
            RunOptions options, List<DepartmentProfile> profiles, HistoryDatabase history, ProgressListener progress) {
        return run(options, profiles, history, System.getenv(), progress);
    }

    /** A run whose notifications read the secrets the spec names from {@code environment}. */
    public static RunResult run(
            RunOptions options,
            List<DepartmentProfile> profiles,
            HistoryDatabase history,
            Map<String, String> environment,
            ProgressListener progress) {
        AlertStage.checkSpec(options.spec(), options.specLocations());
        return recorded(options, standardStages(profiles, history, environment), history, progress);
    }

    /** Ingest and checks only, on the engine the options name: the run folder holds quality.json and the manifest. */
    public static RunResult validate(RunOptions options, ProgressListener progress) {
        return validate(options, HistoryDatabase.embedded(options.outDir()), progress);
    }

    /** A validation run recorded in {@code history}. */
    public static RunResult validate(RunOptions options, HistoryDatabase history, ProgressListener progress) {
        return recorded(options, validationStages(), history, progress);
    }

    /**
     * Runs the stages and records the published folder in history. Folders an earlier process published but did not
     * record are recorded first; a history that cannot be written is a warning, never a failed run.
     */
    private static RunResult recorded(
            RunOptions options, List<Stage> stages, HistoryDatabase history, ProgressListener progress) {
        HistoryRecorder recorder = new HistoryRecorder(history);
        try {
            recorder.recordMissing(options.outDir());
        } catch (SalesLensException e) {
            progress.warning(e.getMessage() + "; the run goes on, history catches up at the next start");
        }
        PublicationListener publication = published -> {
            if (Boolean.getBoolean(HALT_AFTER_PUBLICATION)) {
                Runtime.getRuntime().halt(137);
            }
            try {
                recorder.record(HistoryRecorder.read(published.folder()));
            } catch (SalesLensException e) {
                throw new SalesLensException(
                        e.code(),
                        e.getMessage() + "; run " + published.runId() + " is published, and history records it at the"
                                + " next run or 'saleslens history' on " + options.outDir(),
                        e);
            }
        };
        return new Pipeline(
                        stages,
                        spill -> Engines.open(
                                options.engine(), new EngineSettings(spill, options.memoryLimit(), options.master())),
                        publication)
                .run(options, progress);
    }
}
