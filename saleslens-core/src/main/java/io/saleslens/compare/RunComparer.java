package io.saleslens.compare;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.catalog.Direction;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.catalog.Unit;
import io.saleslens.compare.Comparison.Inputs;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.Comparison.SourceRows;
import io.saleslens.stage.InputFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two runs of one dataset, figure by figure, by the metric catalogue. The same code serves the compare stage
 * of a run and the {@code compare} command, so both write the same compare.json for the same two runs.
 */
public final class RunComparer {
    private final MetricCatalogue catalogue;

    public RunComparer(MetricCatalogue catalogue) {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    public static RunComparer standard() {
        return new RunComparer(MetricCatalogue.standard());
    }

    public Comparison compare(ComparedRun before, ComparedRun after) {
        List<MetricChange> metrics = metrics(before, after);
        return new Comparison(
                after.runId(),
                after.dataset(),
                before.runId(),
                before.folder(),
                null,
                inputs(before.inputs(), after.inputs()),
                metrics,
                Rankings.of(catalogue, metrics),
                CheckComparison.of(before.quality(), after.quality()),
                rows(before.quality().path("row_accounting"), after.quality().path("row_accounting")),
                SchemaComparison.of(before.quality(), after.quality()));
    }

    /** A run with nothing to compare with, and why. */
    public Comparison nothingToCompare(ComparedRun run, String reason) {
        return Comparison.nothingToCompare(run, reason);
    }

    private List<MetricChange> metrics(ComparedRun before, ComparedRun after) {
        List<MetricChange> changes = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            Map<String, MetricValue> was = byMember(metric.values(document(before, metric)));
            Map<String, MetricValue> is = byMember(metric.values(document(after, metric)));
            Set<String> members = new LinkedHashSet<>(is.keySet());
            members.addAll(was.keySet());
            for (String member : members) {
                changes.add(change(metric, member, was.get(member), is.get(member)));
            }
        }
        return changes;
    }

    private static JsonNode document(ComparedRun run, Metric metric) {
        return switch (metric.document()) {
            case METRICS -> run.metrics();
            case QUALITY -> run.quality();
            // Page views are about the site, not the data: a comparison of runs leaves them out.
            case USAGE -> MissingNode.getInstance();
        };
    }

    private static Map<String, MetricValue> byMember(List<MetricValue> values) {
        Map<String, MetricValue> byMember = new LinkedHashMap<>();
        values.forEach(v -> byMember.putIfAbsent(v.dimension().orElse(""), v));
        return byMember;
    }

    static MetricChange change(Metric metric, String member, MetricValue before, MetricValue after) {
        String name = metric.grain() == Grain.RUN ? null : member;
        if (metric.unit() == Unit.DATE) {
            String was = before == null ? null : before.text();
            String is = after == null ? null : after.text();
            Double days = was == null || is == null ? null : daysBetween(was, is);
            return new MetricChange(
                    metric.key(),
                    name,
                    metric.unit(),
                    metric.direction(),
                    metric.grain(),
                    null,
                    null,
                    was,
                    is,
                    days,
                    null,
                    favourable(metric.direction(), days));
        }
        Double was = before == null ? null : before.number();
        Double is = after == null ? null : after.number();
        Double change = was == null || is == null ? null : is - was;
        Double relative = change == null || was == 0 ? null : change / Math.abs(was);
        return new MetricChange(
                metric.key(),
                name,
                metric.unit(),
                metric.direction(),
                metric.grain(),
                was,
                is,
                null,
                null,
                change,
                relative,
                favourable(metric.direction(), change));
    }

    private static Double daysBetween(String before, String after) {
        try {
            return (double) ChronoUnit.DAYS.between(
                    LocalDate.parse(before.substring(0, Math.min(10, before.length()))),
                    LocalDate.parse(after.substring(0, Math.min(10, after.length()))));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Boolean favourable(Direction direction, Double change) {
        if (change == null || change == 0 || direction == Direction.NONE) {
            return null;
        }
        return direction == Direction.UP ? change > 0 : change < 0;
    }

    private static Inputs inputs(List<InputFile> before, List<InputFile> after) {
        Map<String, InputFile> was = new LinkedHashMap<>();
        before.forEach(i -> was.put(i.source(), i));
        Map<String, InputFile> is = new LinkedHashMap<>();
        after.forEach(i -> is.put(i.source(), i));
        Set<String> sources = new LinkedHashSet<>(is.keySet());
        sources.addAll(was.keySet());
        List<Comparison.InputChange> changes = new ArrayList<>();
        boolean identical = !sources.isEmpty();
        for (String source : sources) {
            InputFile b = was.get(source);
            InputFile a = is.get(source);
            boolean same = b != null && a != null && b.sha256().equals(a.sha256());
            identical &= same;
            changes.add(new Comparison.InputChange(
                    source,
                    a != null ? a.path() : b.path(),
                    b == null ? null : b.sha256(),
                    a == null ? null : a.sha256(),
                    b == null ? null : b.bytes(),
                    a == null ? null : a.bytes(),
                    same));
        }
        return new Inputs(identical, changes);
    }

    private static List<SourceRows> rows(JsonNode before, JsonNode after) {
        Set<String> sources = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(sources::add);
        before.fieldNames().forEachRemaining(sources::add);
        List<SourceRows> rows = new ArrayList<>();
        for (String source : sources) {
            JsonNode b = before.path(source);
            JsonNode a = after.path(source);
            Long inBefore = count(b, "rows_in");
            Long inAfter = count(a, "rows_in");
            Long outBefore = count(b, "rows_out");
            Long outAfter = count(a, "rows_out");
            rows.add(new SourceRows(
                    source,
                    inBefore,
                    inAfter,
                    difference(inBefore, inAfter),
                    outBefore,
                    outAfter,
                    difference(outBefore, outAfter),
                    count(b, "quarantined"),
                    count(a, "quarantined"),
                    count(b, "duplicates_merged"),
                    count(a, "duplicates_merged")));
        }
        return rows;
    }

    static Long count(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asLong() : null;
    }

    static Long difference(Long before, Long after) {
        return before == null || after == null ? null : after - before;
    }
}
