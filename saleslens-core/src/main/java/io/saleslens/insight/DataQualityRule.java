package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.FigureRef.quality;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Data-quality findings that affect figures: the overall score of quality.json (subject {@code score},
 * attribute {@code dimension: overall}; impact = the share of rows failing), every failing check of quality.json's {@code checks}
 * when the run has checks, otherwise what cleaning recorded (values that did not parse, repairs per
 * rule, quarantined rows, merged duplicates). Descriptive: significance 1; impact = the share of the
 * source's rows affected. Attributes carry source, column and dimension so profiles can match a
 * recommendation to the kind of problem.
 */
final class DataQualityRule implements InsightRule {
    static final String TYPE = "data_quality";
    static final String CHECKS = "/checks";
    static final String CLEANING = "/cleaning";
    static final String SCORE = "/score";
    static final String OVERALL = SCORE + "/overall";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode checks = input.quality().at(CHECKS);
        List<Insight> insights = new ArrayList<>(overallScore(input.quality()));
        insights.addAll(
                checks.isArray()
                        ? fromChecks(checks)
                        : fromCleaning(input.quality().at(CLEANING)));
        return insights;
    }

    /** The overall score: the share of source rows passing every fail-severity check; impact = the share failing. */
    private static List<Insight> overallScore(JsonNode quality) {
        JsonNode overall = quality.at(OVERALL);
        if (!JsonFacts.isNumber(overall) || !JsonFacts.isNumber(quality.at(SCORE + "/rows"))) {
            return List.of();
        }
        return List.of(insight(TYPE, "score")
                .impact(1 - overall.asDouble())
                .attribute("dimension", "overall")
                .text(
                        "Data quality score {overall}: the share of the {rows} source rows that pass every fail-severity check;"
                                + " {failing} rows fail at least one, and {checks_failed} of {checks} checks report failures.")
                .figure("overall", quality(OVERALL, FigureFormat.PERCENT))
                .figure("rows", quality(SCORE + "/rows", FigureFormat.COUNT))
                .figure("failing", quality(SCORE + "/rows_failing", FigureFormat.COUNT))
                .figure("checks_failed", quality(SCORE + "/checks_failed", FigureFormat.COUNT))
                .figure("checks", quality(SCORE + "/checks", FigureFormat.COUNT))
                .build());
    }

    private static List<Insight> fromChecks(JsonNode checks) {
        List<Insight> insights = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            JsonNode check = checks.get(i);
            long failed = check.path("failed").asLong();
            long total = check.path("total").asLong();
            if (failed <= 0) {
                continue;
            }
            String at = pointer(CHECKS, i);
            String target = targetField(check);
            insights.add(insight(TYPE, check.path("id").asText("check-" + i))
                    .impact(total > 0 ? (double) failed / total : 1)
                    .attribute("source", check.path("source").asText())
                    .attribute("column", targetText(check, target))
                    .attribute("dimension", check.path("dimension").asText())
                    .attribute("severity", check.path("severity").asText())
                    .attribute("rule", check.path("rule").asText())
                    .attribute("action", check.path("action").asText())
                    .text(
                            target.equals("id")
                                    ? "{source}: check {column} ({dimension}) failed on {count} of {rows} rows; action: {action}."
                                    : "{source}.{column}: check {rule} ({dimension}) failed on {count} of {rows} rows; action: {action}.")
                    .figure("source", quality(pointer(at, "source"), FigureFormat.TEXT))
                    .figure("column", quality(pointer(at, target), FigureFormat.TEXT))
                    .figure("rule", quality(pointer(at, "rule"), FigureFormat.TEXT))
                    .figure("dimension", quality(pointer(at, "dimension"), FigureFormat.TEXT))
                    .figure("count", quality(pointer(at, "failed"), FigureFormat.COUNT))
                    .figure("rows", quality(pointer(at, "total"), FigureFormat.COUNT))
                    .figure("action", quality(pointer(at, "action"), FigureFormat.TEXT))
                    .build());
        }
        return insights;
    }

    /**
     * What a check looks at: its {@code column}, else its {@code columns} (a multi-column check), else its
     * {@code expr}; a table-level check (row count, freshness of the whole file) has none and is named by its id.
     */
    static String targetField(JsonNode check) {
        String field = JsonFacts.firstPresent(check, "column", "columns", "expr");
        return field == null ? "id" : field;
    }

    private static String targetText(JsonNode check, String field) {
        JsonNode value = check.path(field);
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> names = new ArrayList<>();
        value.forEach(name -> names.add(name.asText()));
        return String.join(", ", names);
    }

    private static List<Insight> fromCleaning(JsonNode cleaning) {
        List<Insight> insights = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entity : (Iterable<Map.Entry<String, JsonNode>>) cleaning::fields) {
            String at = pointer(CLEANING, entity.getKey());
            JsonNode result = entity.getValue();
            double rowsIn = Math.max(1, result.path("rows_in").asDouble());
            String source = result.path("source").asText();
            for (Map.Entry<String, JsonNode> column :
                    (Iterable<Map.Entry<String, JsonNode>>) result.path("invalid_by_column")::fields) {
                if (column.getValue().asLong() > 0) {
                    insights.add(finding(
                                    entity.getKey() + "." + column.getKey(),
                                    column.getValue().asLong() / rowsIn,
                                    source,
                                    column.getKey(),
                                    "validity")
                            .text(
                                    "{source}: {count} of {rows} values of column {column} could not be read as its type and were left empty.")
                            .figure("source", quality(pointer(at, "source"), FigureFormat.TEXT))
                            .figure(
                                    "count",
                                    quality(pointer(at, "invalid_by_column", column.getKey()), FigureFormat.COUNT))
                            .figure("rows", quality(pointer(at, "rows_in"), FigureFormat.COUNT))
                            .figure(
                                    "column",
                                    quality(pointer(at, "invalid_by_column", column.getKey()), FigureFormat.KEY))
                            .build());
                }
            }
            for (Map.Entry<String, JsonNode> repair :
                    (Iterable<Map.Entry<String, JsonNode>>) result.path("repairs_by_rule")::fields) {
                if (repair.getValue().asLong() > 0) {
                    insights.add(finding(
                                    "repair." + repair.getKey(),
                                    repair.getValue().asLong() / rowsIn,
                                    source,
                                    repair.getKey(),
                                    "consistency")
                            .text(
                                    "{source}: {count} rows were repaired by rule {rule}; those figures follow the rule, not the source.")
                            .figure("source", quality(pointer(at, "source"), FigureFormat.TEXT))
                            .figure(
                                    "count",
                                    quality(pointer(at, "repairs_by_rule", repair.getKey()), FigureFormat.COUNT))
                            .figure("rule", quality(pointer(at, "repairs_by_rule", repair.getKey()), FigureFormat.KEY))
                            .build());
                }
            }
            addCount(
                    insights,
                    result,
                    at,
                    "quarantined",
                    "completeness",
                    "{source}: {count} rows were quarantined (a required value is missing) and are in no figure.");
            addCount(
                    insights,
                    result,
                    at,
                    "duplicates_merged",
                    "uniqueness",
                    "{source}: {count} duplicate rows were merged into the surviving record.");
        }
        return insights;
    }

    private static void addCount(
            List<Insight> insights, JsonNode result, String at, String field, String dimension, String text) {
        long count = result.path(field).asLong();
        if (count > 0) {
            String source = result.path("source").asText();
            insights.add(finding(
                            field + "." + source,
                            count / Math.max(1, result.path("rows_in").asDouble()),
                            source,
                            "",
                            dimension)
                    .text(text)
                    .figure("source", quality(pointer(at, "source"), FigureFormat.TEXT))
                    .figure("count", quality(pointer(at, field), FigureFormat.COUNT))
                    .build());
        }
    }

    private static InsightBuilder finding(
            String subject, double impact, String source, String column, String dimension) {
        return insight(TYPE, subject)
                .impact(impact)
                .attribute("source", source)
                .attribute("column", column)
                .attribute("dimension", dimension);
    }
}
