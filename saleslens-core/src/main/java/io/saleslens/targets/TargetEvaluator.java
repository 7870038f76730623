package io.saleslens.targets;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Direction;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.catalog.Unit;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.TargetSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates targets on one run's metrics document. A period's figure is the sum of the figure's monthly values inside
 * it, which the catalogue allows only for figures whose months add up; the run's order dates say how far the data
 * reaches into the period.
 */
final class TargetEvaluator {
    private final MetricCatalogue catalogue;
    private final JsonNode metrics;
    private final Optional<LocalDate> firstOrderDate;
    private final Optional<LocalDate> lastOrderDate;

    TargetEvaluator(MetricCatalogue catalogue, JsonNode metrics) {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.firstOrderDate = date(metrics.path("totals").path("first_order_date"));
        this.lastOrderDate = date(metrics.path("totals").path("last_order_date"));
    }

    TargetResult evaluate(TargetSpec target) {
        Metric metric = catalogue
                .metric(target.metric())
                .orElseThrow(() -> new IllegalStateException(target.metric() + " is not in the catalogue"));
        Map<YearMonth, Double> monthly = monthlyValues(metric, target);
        if (lastOrderDate.isEmpty()) {
            return undated(target, metric);
        }
        LocalDate newest = lastOrderDate.get();
        TargetPeriod period = target.of() == null
                ? TargetPeriod.holding(target.period(), newest)
                : TargetPeriod.named(target.period(), target.of());
        Double baseline = covers(period.previous()) ? sum(monthly, period.previous()) : null;
        String baselineReason = baseline == null ? uncovered(period.previous()) : null;
        if (monthly.isEmpty()) {
            return result(
                    target,
                    metric,
                    period,
                    null,
                    0,
                    null,
                    TargetStatus.NOT_MEASURED,
                    "the run does not write " + metric.key() + " for this data",
                    baselineReason,
                    baseline);
        }
        if (newest.isBefore(period.start())) {
            return result(
                    target,
                    metric,
                    period,
                    null,
                    0,
                    null,
                    TargetStatus.NOT_STARTED,
                    "the data ends " + newest + ", before " + period.name() + " begins",
                    baselineReason,
                    baseline);
        }
        double actual = sum(monthly, period);
        boolean complete = !newest.isBefore(period.end());
        long elapsed = complete ? period.days() : ChronoUnit.DAYS.between(period.start(), newest) + 1;
        Double projected = complete ? null : pace(actual, period.days(), elapsed, metric.unit());
        boolean favourable = favourable(metric.direction(), complete ? actual : projected, target.value());
        TargetStatus status = complete
                ? (favourable ? TargetStatus.MET : TargetStatus.MISSED)
                : (favourable ? TargetStatus.ON_TRACK : TargetStatus.OFF_TRACK);
        String statusReason = firstOrderDate.get().isAfter(period.start())
                ? "the data starts " + firstOrderDate.get() + ", after " + period.name()
                        + " begins, so the actual covers part of it"
                : null;
        return result(
                target, metric, period, actual, elapsed, projected, status, statusReason, baselineReason, baseline);
    }

    private TargetResult result(
            TargetSpec target,
            Metric metric,
            TargetPeriod period,
            Double actual,
            long elapsed,
            Double projected,
            TargetStatus status,
            String statusReason,
            String baselineReason,
            Double baseline) {
        return new TargetResult(
                metric.key(),
                target.segment(),
                target.owner(),
                metric.unit(),
                period.kind(),
                period.name(),
                period.start().toString(),
                period.end().toString(),
                target.value(),
                actual,
                baseline,
                period.previous().name(),
                baselineReason,
                actual == null ? null : rounded(target.value() - actual, 2),
                lastOrderDate.map(LocalDate::toString).orElse(null),
                elapsed,
                period.days(),
                projected,
                status,
                statusReason);
    }

    /** A run without dated orders: nothing to sum by period, and no newest order date to choose the period by. */
    private TargetResult undated(TargetSpec target, Metric metric) {
        String reason = "the run has no dated orders";
        if (target.of() == null) {
            return new TargetResult(
                    metric.key(),
                    target.segment(),
                    target.owner(),
                    metric.unit(),
                    target.period(),
                    null,
                    null,
                    null,
                    target.value(),
                    null,
                    null,
                    null,
                    reason,
                    null,
                    null,
                    0,
                    0,
                    null,
                    TargetStatus.NOT_MEASURED,
                    reason);
        }
        TargetPeriod period = TargetPeriod.named(target.period(), target.of());
        return result(target, metric, period, null, 0, null, TargetStatus.NOT_MEASURED, reason, reason, null);
    }

    /** The figure's value per month, for the target's segment when it names one. */
    private Map<YearMonth, Double> monthlyValues(Metric metric, TargetSpec target) {
        Map<YearMonth, Double> monthly = new LinkedHashMap<>();
        Set<String> segments = new LinkedHashSet<>();
        for (MetricValue value : metric.values(metrics)) {
            String member = value.dimension().orElse("");
            int separator = member.lastIndexOf(Metric.MEMBER_SEPARATOR);
            String month = separator < 0 ? member : member.substring(separator + Metric.MEMBER_SEPARATOR.length());
            String segment = separator < 0 ? null : member.substring(0, separator);
            segments.add(segment);
            if (value.number() != null
                    && (target.segment() == null || target.segment().equals(segment))) {
                monthly.merge(YearMonth.parse(month), value.number(), Double::sum);
            }
        }
        if (target.segment() != null && !segments.contains(target.segment())) {
            throw unknownSegment(target, segments);
        }
        return monthly;
    }

    private SalesLensException unknownSegment(TargetSpec target, Set<String> segments) {
        if (segments.isEmpty()) {
            return new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "the target on " + target.metric() + " names segment '" + target.segment()
                            + "', but the run has no segments: add segments: [a customer column] to the spec, or leave"
                            + " the target's segment out");
        }
        return new SalesLensException(
                ErrorCode.SPEC_INVALID,
                "the target on " + target.metric() + " names segment '" + target.segment() + "', which is not a segment"
                        + " of "
                        + metrics.path("segment_monthly").path("attribute").asText("the segment attribute")
                        + " in this run; use one of " + String.join(", ", segments));
    }

    private boolean covers(TargetPeriod period) {
        return !firstOrderDate.get().isAfter(period.start())
                && !lastOrderDate.get().isBefore(period.end());
    }

    private String uncovered(TargetPeriod period) {
        return firstOrderDate.get().isAfter(period.start())
                ? "the data starts " + firstOrderDate.get() + ", after " + period.name() + " begins"
                : "the data ends " + lastOrderDate.get() + ", before " + period.name() + " ends";
    }

    private static double sum(Map<YearMonth, Double> monthly, TargetPeriod period) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, Double> month : monthly.entrySet()) {
            if (period.holds(month.getKey())) {
                total = total.add(BigDecimal.valueOf(month.getValue()));
            }
        }
        return total.doubleValue();
    }

    /** Straight-line pace: the period's figure if the rest of it went as its elapsed days did; counts in whole units. */
    private static double pace(double actual, long periodDays, long elapsedDays, Unit unit) {
        return BigDecimal.valueOf(actual)
                .multiply(BigDecimal.valueOf(periodDays))
                .divide(BigDecimal.valueOf(elapsedDays), unit == Unit.COUNT ? 0 : 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static boolean favourable(Direction direction, double value, double target) {
        return direction == Direction.DOWN ? value <= target : value >= target;
    }

    private static double rounded(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static Optional<LocalDate> date(JsonNode node) {
        return node.isTextual() ? Optional.of(LocalDate.parse(node.asText())) : Optional.empty();
    }
}
