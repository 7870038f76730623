package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.FigureRef;
import io.saleslens.insight.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The Success Metrics table: each profile metric with its baseline (this run's value) and the key that
 * tracks it. Keys are JSON Pointers into metrics.json, or into quality.json when written
 * {@code quality.json#/pointer}. A {@code *} segment gives one row per list element.
 */
final class SuccessMetricsTable {
    static final String QUALITY_PREFIX = SourceDocument.QUALITY.fileName() + "#";
    static final String METRICS_PREFIX = SourceDocument.METRICS.fileName() + "#";
    static final String USAGE_PREFIX = SourceDocument.USAGE.fileName() + "#";

    private SuccessMetricsTable() {}

    static List<List<String>> rows(List<SuccessMetric> metrics, FigureText text) {
        List<List<String>> rows = new ArrayList<>();
        for (SuccessMetric metric : metrics) {
            SourceDocument document = metric.key().startsWith(QUALITY_PREFIX)
                    ? SourceDocument.QUALITY
                    : metric.key().startsWith(USAGE_PREFIX) ? SourceDocument.USAGE : SourceDocument.METRICS;
            String key = metric.key()
                    .replaceFirst("^(" + QUALITY_PREFIX + "|" + METRICS_PREFIX + "|" + USAGE_PREFIX + ")", "");
            int star = key.indexOf("/*");
            if (star < 0) {
                if (!withheldUnits(document, key, text)) {
                    rows.add(row(metric, metric.label(), new FigureRef(document, key, metric.format()), text));
                }
                continue;
            }
            String listPointer = key.substring(0, star);
            JsonNode list = text.resolve(new FigureRef(document, listPointer, FigureFormat.TEXT));
            if (list.isEmpty() && metric.emptyLabel() != null && metric.emptyText() != null) {
                rows.add(List.of(
                        Markdown.escape(metric.emptyLabel()),
                        Markdown.escape(metric.emptyText()),
                        "`" + new FigureRef(document, listPointer, FigureFormat.TEXT).citation() + "`"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode element = list.get(i);
                String name = "segment".equals(metric.nameField())
                        ? Figures.segment(element)
                        : element.path(metric.nameField() == null ? "name" : metric.nameField())
                                .asText();
                String label = metric.label().replace("{name}", Markdown.escape(name));
                rows.add(row(
                        metric,
                        label,
                        new FigureRef(document, listPointer + "/" + i + key.substring(star + 2), metric.format()),
                        text));
            }
        }
        return rows;
    }

    /** A units figure of order data without quantities (deals) is left out, not shown as "not measured". */
    private static boolean withheldUnits(SourceDocument document, String key, FigureText text) {
        int slash = key.lastIndexOf('/');
        String field = key.substring(slash + 1);
        if (slash <= 0 || !(field.equals("units") || field.equals("avg_unit_price"))) {
            return false;
        }
        JsonNode holder = text.resolve(new FigureRef(document, key.substring(0, slash), FigureFormat.TEXT));
        return holder.has("units_reason") && holder.path(field).isNull();
    }

    /**
     * A row with its baseline, and a figure with an interval followed by it; a figure the run could not measure says
     * so, with the document's reason beside the figure when it gives one (usage.json: the site has not been served).
     */
    private static List<String> row(SuccessMetric metric, String label, FigureRef ref, FigureText text) {
        JsonNode value = text.resolve(ref);
        String baseline;
        if (value.isMissingNode() || value.isNull()) {
            baseline = notMeasured(ref, text);
        } else if (metric.interval()) {
            String parent = ref.pointer().substring(0, ref.pointer().lastIndexOf('/'));
            baseline = text.format(ref) + " (95 % interval from "
                    + text.format(new FigureRef(ref.document(), parent + "/lower", ref.format())) + " to "
                    + text.format(new FigureRef(ref.document(), parent + "/upper", ref.format())) + ")";
        } else {
            baseline = text.format(ref);
        }
        return List.of(label, baseline, "`" + ref.citation() + "`");
    }

    /**
     * The message of the list element a missing figure belongs to, such as why a campaign could not be measured; empty
     * when the element has none.
     */
    private static String why(FigureRef ref, FigureText text) {
        String pointer = ref.pointer();
        while (pointer.lastIndexOf('/') > 0) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            JsonNode message = text.resolve(new FigureRef(ref.document(), pointer + "/message", FigureFormat.TEXT));
            if (message.isTextual()) {
                return ": " + text.format(new FigureRef(ref.document(), pointer + "/message", FigureFormat.TEXT));
            }
        }
        return "";
    }

    private static String notMeasured(FigureRef ref, FigureText text) {
        int slash = ref.pointer().lastIndexOf('/');
        JsonNode reason = slash <= 0
                ? text.resolve(new FigureRef(ref.document(), "/reason", FigureFormat.TEXT))
                : text.resolve(new FigureRef(
                        ref.document(), ref.pointer().substring(0, slash) + "/reason", FigureFormat.TEXT));
        return reason.isTextual()
                ? "not measured: " + Markdown.escape(reason.asText())
                : "not measured in this run" + why(ref, text);
    }
}
