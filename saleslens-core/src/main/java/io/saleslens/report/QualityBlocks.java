package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.percent;
import static io.saleslens.report.KeyFigureBlocks.fields;
import static io.saleslens.report.Markdown.escape;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.StageTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The data-quality tables of the data-engineering report, from quality.json (and the manifest's stage timings). */
final class QualityBlocks {
    private QualityBlocks() {}

    static void render(String block, Markdown md, ReportInput input) {
        JsonNode q = input.quality();
        switch (block) {
            case "quality_score" -> score(md, q.path("score"));
            case "failing_checks" -> failingChecks(md, q.path("checks"));
            case "cleaning_findings" -> cleaningFindings(md, q.path("cleaning"));
            case "repairs" -> repairs(md, q.path("repairs"), q.path("cleaning"));
            case "quarantine" -> quarantine(md, q.path("quarantine"), q.path("row_accounting"));
            case "row_accounting" -> rowAccounting(md, q.path("row_accounting"));
            case "stage_timings" -> stageTimings(md, input.stageTimings());
            default -> throw new IllegalArgumentException("unknown key figure table: " + block);
        }
    }

    private static void score(Markdown md, JsonNode score) {
        if (!score.path("overall").isNumber()) {
            md.paragraph("**Quality score:** none was measured in this run (quality.json has no score).");
            return;
        }
        md.paragraph("**Quality score:** " + percent(score.path("overall").asDouble()) + " overall.");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> dimension : fields(score.path("by_dimension"))) {
            JsonNode value = dimension.getValue().isNumber()
                    ? dimension.getValue()
                    : dimension.getValue().path("score");
            rows.add(List.of(escape(dimension.getKey()), value.isNumber() ? percent(value.asDouble()) : "–"));
        }
        if (!rows.isEmpty()) {
            md.table(List.of("Dimension", "Score"), rows);
        }
    }

    private static void failingChecks(Markdown md, JsonNode checks) {
        if (!checks.isArray()) {
            md.paragraph(
                    "**Failing checks:** quality.json holds no check results in this run; the cleaning findings below are what was measured.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode check : checks) {
            if (check.path("failed").asLong() <= 0) {
                continue;
            }
            List<String> samples = new ArrayList<>();
            check.path("samples")
                    .forEach(sample ->
                            samples.add("line " + count(sample.path("line").asLong()) + ": "
                                    + (sample.path("value").isNull()
                                            ? "(empty)"
                                            : escape(sample.path("value").asText()))));
            rows.add(List.of(
                    escape(check.path("id").asText()),
                    escape(check.path("source").asText()),
                    escape(target(check)),
                    escape(check.path("rule").asText()),
                    escape(check.path("dimension").asText()),
                    escape(check.path("severity").asText()),
                    count(check.path("failed").asLong()),
                    count(check.path("total").asLong()),
                    check.path("pass_rate").isNumber()
                            ? percent(check.path("pass_rate").asDouble())
                            : "–",
                    escape(check.path("action").asText()),
                    samples.isEmpty() ? "–" : String.join("; ", samples)));
        }
        if (rows.isEmpty()) {
            md.paragraph("**Failing checks:** none; every check passed.");
            return;
        }
        md.paragraph("**Failing checks** (every one, with sample source lines):");
        md.table(
                List.of(
                        "Check",
                        "Source",
                        "Column",
                        "Rule",
                        "Dimension",
                        "Severity",
                        "Failed rows",
                        "Rows checked",
                        "Pass rate",
                        "Action",
                        "Samples"),
                rows);
    }

    private static void cleaningFindings(Markdown md, JsonNode cleaning) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entity : fields(cleaning)) {
            for (Map.Entry<String, JsonNode> column : fields(entity.getValue().path("invalid_by_column"))) {
                if (column.getValue().asLong() > 0) {
                    rows.add(List.of(
                            escape(entity.getValue().path("source").asText()),
                            escape(column.getKey()),
                            count(column.getValue().asLong()),
                            count(entity.getValue().path("rows_in").asLong())));
                }
            }
        }
        if (rows.isEmpty()) {
            md.paragraph("**Unreadable values:** every typed value was read.");
            return;
        }
        md.paragraph("**Unreadable values** (left empty by cleaning):");
        md.table(List.of("Source", "Column", "Values not read", "Rows in"), rows);
    }

    /** quality.json {@code repairs} (one row per rule: check fixes and entity repair rules), else cleaning's repairs by rule. */
    private static void repairs(Markdown md, JsonNode repairs, JsonNode cleaning) {
        List<List<String>> rows = new ArrayList<>();
        if (repairs.isArray()) {
            for (JsonNode repair : repairs) {
                rows.add(List.of(
                        escape(repair.path("source").asText()),
                        escape(repair.path("column").asText()),
                        escape(repair.path("rule").asText()),
                        count(repair.path("rows").asLong())));
            }
        } else {
            for (Map.Entry<String, JsonNode> entity : fields(cleaning)) {
                for (Map.Entry<String, JsonNode> rule : fields(entity.getValue().path("repairs_by_rule"))) {
                    rows.add(List.of(
                            escape(entity.getValue().path("source").asText()),
                            "–",
                            escape(rule.getKey()),
                            count(rule.getValue().asLong())));
                }
            }
        }
        if (rows.isEmpty()) {
            md.paragraph("**Repairs:** no row was repaired.");
            return;
        }
        md.paragraph(
                "**Repairs by rule** (every repaired value is in `repairs.csv` with its line, old and new value):");
        md.table(List.of("Source", "Column", "Rule", "Rows repaired"), rows);
    }

    /** quality.json {@code quarantine} (rows per source), with the source's rows in from the row accounting. */
    private static void quarantine(Markdown md, JsonNode quarantine, JsonNode accounting) {
        List<List<String>> rows = new ArrayList<>();
        JsonNode counts = quarantine.isObject() ? quarantine : null;
        for (Map.Entry<String, JsonNode> source : fields(accounting)) {
            long quarantined = counts == null
                    ? source.getValue().path("quarantined").asLong()
                    : counts.path(source.getKey()).asLong();
            if (quarantined > 0) {
                rows.add(List.of(
                        escape(source.getKey()),
                        count(quarantined),
                        count(source.getValue().path("rows_in").asLong())));
            }
        }
        if (rows.isEmpty()) {
            md.paragraph("**Quarantine:** no row was quarantined.");
            return;
        }
        md.paragraph("**Quarantine** (rows in `quarantine/<source>.csv`, with their source line and reason):");
        md.table(List.of("Source", "Quarantined", "Rows in"), rows);
    }

    /** What a check looks at: its column, its columns or expression, else a dash (a table-level check; its id names it). */
    static String target(JsonNode check) {
        for (String field : List.of("column", "columns", "expr")) {
            JsonNode value = check.path(field);
            if (value.isArray() && !value.isEmpty()) {
                List<String> names = new ArrayList<>();
                value.forEach(name -> names.add(name.asText()));
                return String.join(", ", names);
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return "–";
    }

    /**
     * The row accounting table; the filtered and blank-lines columns appear only when some source has such lines, and
     * the sentence above the table says what adds up.
     */
    private static void rowAccounting(Markdown md, JsonNode accounting) {
        List<List<String>> rows = new ArrayList<>();
        boolean filtered = false;
        boolean blank = false;
        for (Map.Entry<String, JsonNode> source : fields(accounting)) {
            filtered |= source.getValue().path("filtered").asLong() > 0;
            blank |= source.getValue().path("blank_lines").asLong() > 0;
        }
        for (Map.Entry<String, JsonNode> source : fields(accounting)) {
            JsonNode row = source.getValue();
            List<String> cells = new ArrayList<>(List.of(
                    escape(source.getKey()),
                    count(row.path("rows_in").asLong()),
                    count(row.path("rows_out").asLong()),
                    count(row.path("quarantined").asLong()),
                    count(row.path("duplicates_merged").asLong())));
            if (filtered) {
                cells.add(count(row.path("filtered").asLong()));
            }
            cells.add(count(row.path("repaired").asLong()));
            if (blank) {
                cells.add(count(row.path("blank_lines").asLong()));
            }
            rows.add(cells);
        }
        List<String> header =
                new ArrayList<>(List.of("Source", "Rows in", "Clean", "Quarantined", "Duplicates merged"));
        if (filtered) {
            header.add("Filtered");
        }
        header.add("Repaired");
        if (blank) {
            header.add("Blank lines");
        }
        md.paragraph("**Row accounting** (rows in = clean + quarantined + duplicates merged"
                + (filtered ? " + filtered by the spec's row filter" : "")
                + ", for every source"
                + (filtered ? "; filtered rows are out of scope, not bad data" : "")
                + (blank
                        ? "; blank lines are no rows: a file's lines are its header, its rows in and its blank lines"
                        : "")
                + "):");
        md.table(header, rows);
    }

    private static void stageTimings(Markdown md, List<StageTiming> timings) {
        if (timings.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        timings.forEach(timing -> rows.add(List.of(escape(timing.name()), count(timing.ms()), count(timing.rows()))));
        md.paragraph(
                "**Stage timings** of this run up to the reports (from the manifest's `stages`; they vary from run to run):");
        md.table(List.of("Stage", "Milliseconds", "Rows"), rows);
    }
}
