package io.saleslens.analysis;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.model.OrderCustomers;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every analysis over the gold tables and adds its results to the metrics document: segments,
 * RFM, products, concentration, territory, orders and cohorts, and the tested time-series figures.
 */
public final class AnalyseStage implements Stage {
    private final AnalysisOptions options;

    public AnalyseStage() {
        this(AnalysisOptions.defaults());
    }

    public AnalyseStage(AnalysisOptions options) {
        this.options = requireNonNull(options, "options is null");
    }

    @Override
    public String name() {
        return "analyse";
    }

    @Override
    public StageResult run(RunContext context) {
        return StageResult.rows(analyse(context.engine(), context.spec().segments(), context.metrics()));
    }

    /**
     * Adds the analysis keys to {@code metrics} and returns the customers RFM scored; {@code segmentAttributes} are the
     * spec's customer attributes.
     */
    long analyse(Engine engine, List<String> segmentAttributes, ObjectNode metrics) {
        MonthlySeries monthly = MonthlySeries.load(engine);
        YearComparison years = YearComparison.of(monthly);
        TimeSeriesAnalysis time = new TimeSeriesAnalysis(monthly);
        metrics.set("analysis_periods", time.periods());

        AttributeSegments attributes = new AttributeSegments(engine, options);
        List<String> crossed = new ArrayList<>(segmentAttributes);
        if (attributes.hasBirthDates()) {
            ObjectNode segmentsBy = metrics.has("segments_by")
                    ? (ObjectNode) metrics.get("segments_by")
                    : metrics.putObject("segments_by");
            segmentsBy.set(AttributeSegments.AGE_BAND, attributes.ageBands());
            crossed.add(AttributeSegments.AGE_BAND);
        }
        metrics.set("segment_category", attributes.byCategory(crossed));
        RfmSegmenter rfm = new RfmSegmenter(engine, options.rfmRules());
        metrics.set("rfm", rfm.segment());

        ProductAnalysis products = new ProductAnalysis(engine, options);
        metrics.set("products", products.products(years));
        ObjectNode concentration = metrics.putObject("concentration");
        concentration.put(
                "method",
                "Gini = 2 sum(i x_i) / (n sum x) - (n + 1) / n over values ranked ascending; HHI = sum"
                        + " of squared fractional shares (1/n to 1); top_share = share of the largest ceil(0.2 n) items");
        concentration.set("products", products.concentration());
        concentration.set(
                "customers",
                new SqlConcentration(engine)
                        .of("SELECT greatest(0, sum(o.revenue)) AS value FROM " + Tables.ORDER_CUSTOMERS + " o WHERE "
                                + OrderCustomers.knownCustomer("o") + " GROUP BY o.customer_id"));
        if (engine.columns(Tables.DIM_CUSTOMER).contains("country")) {
            metrics.set("territory", new TerritoryAnalysis(engine).countries(years));
        }

        OrderTable.build(engine);
        CustomerMonths.build(engine);
        CustomerBehaviour behaviour = new CustomerBehaviour(engine);
        metrics.set("customer_behaviour", behaviour.orders());
        metrics.set("new_returning", behaviour.newVersusReturning());
        metrics.set("cohorts", behaviour.cohorts());

        metrics.set("weekly", WeeklySeries.load(engine));
        metrics.set("growth", new GrowthAnalysis(monthly).growth());
        metrics.set("seasonality", time.seasonality());
        metrics.set("trend", time.trend());
        metrics.set("anomalies", time.anomalies());
        metrics.set("forecast", new ForecastAnalysis(monthly).forecast());
        return rfm.customersScored();
    }
}
