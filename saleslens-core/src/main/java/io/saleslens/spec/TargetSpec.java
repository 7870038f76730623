package io.saleslens.spec;

import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One target of the spec's {@code targets:} list: a figure of the metric catalogue that adds up over months, the value
 * it should reach in a month, quarter or year, optionally for one segment of the spec's first segment attribute.
 *
 * @param metric a catalogue key of grain month ({@code monthly[month].revenue}) or, with a segment, of grain segment
 *     month ({@code segment_monthly.rows[segment,month].revenue}), or the key's last field ({@code revenue}); kept as
 *     the full catalogue key
 * @param value the figure the period should reach
 * @param period month, quarter or year
 * @param of which period: 2013, 2013-Q4 or 2013-12; null: the period that holds the run's newest order date
 * @param segment a segment of the spec's first segment attribute (as the reports name it, such as Married); null for
 *     the whole business. Whether it is a segment of the run is known only when the run has measured its segments.
 * @param owner the department whose report shows the target (sales, finance, …); null: every department's
 */
public record TargetSpec(String metric, Double value, String period, String of, String segment, String owner) {
    public static final List<String> PERIODS = List.of("month", "quarter", "year");
    private static final Map<String, String> OF_FORMS = Map.of(
            "year", "\\d{4}",
            "quarter", "\\d{4}-Q[1-4]",
            "month", "\\d{4}-(0[1-9]|1[0-2])");
    private static final Map<String, String> OF_EXAMPLES =
            Map.of("year", "2013", "quarter", "2013-Q4", "month", "2013-12");

    public TargetSpec {
        if (metric == null || metric.isBlank()) {
            throw invalid("a target needs a metric: write metric: revenue (or orders, units, or a catalogue key such as"
                    + " monthly[month].revenue)");
        }
        segment = blankToNull(segment);
        owner = blankToNull(owner);
        metric = catalogueKey(metric.trim(), segment != null);
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw invalid("target on " + metric + " needs a value: write value: and the figure to reach, such as"
                    + " value: 20000000");
        }
        if (period == null || !PERIODS.contains(period.trim().toLowerCase(Locale.ROOT))) {
            throw invalid("target on " + metric + ": period must be month, quarter or year, not '"
                    + (period == null ? "" : period) + "'; write period: year");
        }
        period = period.trim().toLowerCase(Locale.ROOT);
        of = blankToNull(of);
        if (of != null) {
            of = of.toUpperCase(Locale.ROOT);
            if (!of.matches(OF_FORMS.get(period))) {
                throw invalid("target on " + metric + ": of '" + of + "' is not a " + period + "; write it as "
                        + OF_EXAMPLES.get(period) + ", or leave of out for the " + period
                        + " that holds the newest order date");
            }
        }
    }

    /** A target for the whole business, shown in every department's report. */
    public TargetSpec(String metric, double value, String period, String of) {
        this(metric, value, period, of, null, null);
    }

    /** The catalogue key a target's metric names: a key that takes targets, or the last field of one. */
    private static String catalogueKey(String metric, boolean perSegment) {
        Grain grain = perSegment ? Grain.SEGMENT_MONTH : Grain.MONTH;
        List<Metric> targetable = MetricCatalogue.standard().metrics().stream()
                .filter(Metric::takesTargets)
                .filter(m -> m.grain() == grain)
                .toList();
        for (Metric candidate : targetable) {
            if (candidate.key().equals(metric) || lastField(candidate.key()).equals(metric)) {
                return candidate.key();
            }
        }
        throw invalid("metric '" + metric + "' cannot take a target"
                + (perSegment ? " per segment" : "")
                + ": only a figure whose months add up to the period's figure can; use one of "
                + String.join(
                        ", ", targetable.stream().map(m -> lastField(m.key())).toList())
                + " (the catalogue keys "
                + String.join(", ", targetable.stream().map(Metric::key).toList()) + ")"
                + (perSegment ? ", or leave segment out" : ""));
    }

    private static String lastField(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static SalesLensException invalid(String message) {
        return new SalesLensException(ErrorCode.SPEC_INVALID, message);
    }
}
