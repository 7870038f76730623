package io.saleslens.notify;

import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Unit;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.report.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few changes since the previous run a digest leads with: revenue, orders and the quality score of the whole run,
 * and the country that lost most. The figures are the comparison's own; nothing is recomputed here.
 */
final class MainChanges {
    static final List<String> RUN_FIGURES = List.of("totals.revenue", "totals.orders", "score.overall");

    private MainChanges() {}

    static List<Digest.Change> of(Comparison comparison) {
        if (!comparison.comparable()) {
            return List.of();
        }
        List<Digest.Change> changes = new ArrayList<>();
        for (String key : RUN_FIGURES) {
            comparison.metric(key).flatMap(MainChanges::change).ifPresent(changes::add);
        }
        comparison
                .ranking(Grain.COUNTRY)
                .filter(ranking -> ranking.largestDetractor() != null)
                .flatMap(ranking -> comparison.metrics().stream()
                        .filter(m -> m.key().equals(ranking.key())
                                && ranking.largestDetractor().equals(m.member()))
                        .findFirst())
                .flatMap(MainChanges::change)
                .ifPresent(changes::add);
        return changes;
    }

    private static Optional<Digest.Change> change(MetricChange metric) {
        if (metric.before() == null || metric.after() == null || metric.change() == null) {
            return Optional.empty();
        }
        return Optional.of(new Digest.Change(
                metric.key(),
                metric.member(),
                metric.before(),
                metric.after(),
                metric.change(),
                metric.relativeChange(),
                words(metric)));
    }

    /** "totals.revenue: $1.20M → $1.10M (-$100,000, -8.3%)", the member named first for a country. */
    private static String words(MetricChange metric) {
        Unit unit = metric.unit();
        String figure = metric.member() == null ? metric.key() : metric.key() + " " + metric.member();
        String relative = metric.relativeChange() == null ? "" : ", " + signedPercent(metric.relativeChange());
        return figure + ": " + Figures.inUnit(unit, metric.before()) + " → " + Figures.inUnit(unit, metric.after())
                + " (" + Figures.signedChange(unit, metric.change()) + relative + ")";
    }

    private static String signedPercent(double fraction) {
        String text = Figures.percent(fraction);
        return fraction > 0 ? "+" + text : text;
    }
}
