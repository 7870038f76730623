package io.saleslens.model;

import static io.saleslens.model.DerivedColumns.codeColumn;
import static io.saleslens.model.DerivedColumns.repairFlag;
import static io.saleslens.stage.Tables.bronze;
import static io.saleslens.stage.Tables.quarantine;
import static io.saleslens.stage.Tables.silver;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DedupeSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.FillDownSpec;
import io.saleslens.spec.RepairSpec;
import io.saleslens.stage.ColumnExpressions;
import io.saleslens.stage.RepairLog;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds {@code silver.<entity>} from its bronze source: typed and standardised columns, rows without
 * a required value moved to quarantine, duplicates merged by the dedupe policy, validity ranges
 * rebuilt for versioned entities, and repair rules applied in order with a flag per rule.
 */
final class EntityCleaner {
    private static final String REPEATED_HEADER = "_repeated_header";
    private static final String REPEATED_HEADER_REASON = "repeated header line";
    private static final int INVALID_SAMPLES = 5;
    private final Engine engine;
    private final SqlDialect sql;
    private final ColumnExpressions expressions;

    EntityCleaner(Engine engine, String zone) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.expressions = new ColumnExpressions(sql, zone);
    }

    EntityCleaning clean(String entityName, EntitySpec entity) {
        String source = entity.from();
        List<String> columns = columnNames(entity);
        String typed = prepare(entityName, entity);
        long filtered = 0;
        if (entity.where() != null) {
            // The rows the filter keeps out leave here, before quarantine: out of scope is not bad data.
            filtered = engine.queryLong("SELECT count(*) FROM " + filteredLines(entityName));
            String inScope = Tables.scratch(entityName, "in_scope");
            engine.execute("CREATE OR REPLACE VIEW " + inScope + " AS SELECT t.* FROM " + typed + " t LEFT JOIN "
                    + filteredLines(entityName) + " f ON f._line = t._line WHERE f._line IS NULL");
            typed = inScope;
        }
        Map<String, Long> invalid = countInvalid(entity, typed);
        Map<String, List<InvalidValue>> invalidSamples = sampleInvalid(entity, typed, invalid);

        long rowsIn = engine.queryLong("SELECT count(*) FROM " + bronze(source));
        String checkLines = checkQuarantine(source);
        long quarantined = quarantineMissingRequired(entityName, entity, typed, checkLines);
        String kept = Tables.scratch(entityName, "kept");
        // An anti-join: NOT IN (subquery) must watch for nulls, and Spark plans it as a nested loop.
        engine.execute("CREATE OR REPLACE VIEW " + kept + " AS SELECT " + list("t.", columns) + " FROM " + typed
                + " t LEFT JOIN " + quarantine(entityName) + " q ON q._line = t._line WHERE q._line IS NULL");

        String deduplicated = deduplicate(entityName, entity, kept, columns, rowsIn);
        String versioned =
                entity.versions() == null ? deduplicated : addValidity(entityName, entity, deduplicated, columns);
        if (entity.versions() != null) {
            columns = new ArrayList<>(columns);
            columns.addAll(List.of("valid_from", "valid_to", "is_current"));
        }
        String repaired = applyRepairs(entityName, entity, versioned, columns, source);
        // Silver is a view over the last stored step: the typed source is written once, and the steps after it
        // (quarantine anti-join, repairs) are cheap to compute where silver is read.
        engine.execute("CREATE OR REPLACE VIEW " + silver(entityName) + " AS SELECT * FROM " + repaired);

        // One pass over silver counts its rows and what each repair rule changed.
        List<String> counts = new ArrayList<>(List.of("count(*) AS _rows"));
        List<String> flags = entity.repairs().keySet().stream()
                .map(c -> sql.quote(repairFlag(c)))
                .toList();
        flags.forEach(flag -> counts.add(countWhere(flag)));
        if (!flags.isEmpty()) {
            counts.add(countWhere(String.join(" OR ", flags)));
        }
        List<Object> values =
                List.copyOf(engine.query("SELECT " + String.join(", ", counts) + " FROM " + silver(entityName))
                        .get(0)
                        .values());
        long rowsOut = ((Number) values.get(0)).longValue();
        Map<String, Long> repairs = new LinkedHashMap<>();
        int index = 1;
        for (String column : entity.repairs().keySet()) {
            repairs.put(entityName + "." + column, ((Number) values.get(index++)).longValue());
        }
        long rowsRepaired = flags.isEmpty() ? 0 : ((Number) values.get(index)).longValue();
        long merged = rowsIn - filtered - quarantined - rowsOut;
        return new EntityCleaning(
                entityName,
                source,
                rowsIn,
                rowsOut,
                quarantined,
                merged,
                rowsRepaired,
                repairs,
                invalid,
                invalidSamples,
                filtered);
    }

    /** The lines an entity's row filter keeps out, one {@code _line} each. */
    static String filteredLines(String entityName) {
        return Tables.scratch(entityName, "filtered_lines");
    }

    /**
     * The entity's typed rows with its order-level columns filled down, and, when it has a row filter, the table of
     * the lines the filter keeps out; built once, by the scope step before the checks or here.
     */
    String prepare(String entityName, EntitySpec entity) {
        String typed = Tables.scratch(entityName, "typed");
        String prepared = entity.fillDown() == null ? typed : Tables.scratch(entityName, "filled");
        if (entity.where() != null && engine.tableExists(filteredLines(entityName))) {
            return prepared;
        }
        typeColumns(entity, entity.from(), typed);
        if (entity.fillDown() != null) {
            fillDown(entity.fillDown(), typed, prepared);
        }
        if (entity.where() != null) {
            engine.replaceTable(
                    filteredLines(entityName),
                    "SELECT _line FROM " + prepared + " WHERE NOT coalesce((" + entity.where() + "), false)");
        }
        return prepared;
    }

    /**
     * Each filled column (and the raw code beside a mapped one) takes the value of its group's earliest line that
     * has one; lines without a group key keep their own value.
     */
    private void fillDown(FillDownSpec fill, String typed, String filled) {
        String by = sql.quote(fill.by());
        List<String> selects = new ArrayList<>();
        for (String column : engine.columns(typed)) {
            String base = column.endsWith("_code") ? column.substring(0, column.length() - "_code".length()) : column;
            if (fill.columns().contains(column) || fill.columns().contains(base) && column.equals(codeColumn(base))) {
                selects.add("CASE WHEN " + by + " IS NULL THEN " + sql.quote(column) + " ELSE "
                        + sql.firstNonNullOver(sql.quote(column), by, "_line") + " END AS " + sql.quote(column));
            } else {
                selects.add(sql.quote(column));
            }
        }
        engine.replaceTable(filled, "SELECT " + String.join(", ", selects) + " FROM " + typed);
    }

    /** A portable conditional count (DuckDB's {@code count(*) FILTER (WHERE ...)} is not Spark SQL). */
    private static String countWhere(String condition) {
        return "coalesce(sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    /** The columns of the typed table, in order: the line, each column, and beside a mapped one its raw code. */
    private List<String> columnNames(EntitySpec entity) {
        List<String> names = new ArrayList<>(List.of("_line"));
        entity.columns().forEach((name, column) -> {
            names.add(name);
            if (column.isMapped()) {
                names.add(codeColumn(name));
            }
        });
        return names;
    }

    /**
     * Stores the typed source once: each column trimmed once, typed once, and beside every typed column a
     * flag for text that did not parse, which {@link #countInvalid} sums. Every later step reads this table.
     */
    private void typeColumns(EntitySpec entity, String source, String typed) {
        List<String> rawSelects = new ArrayList<>(List.of("_line"));
        List<String> typedSelects = new ArrayList<>(List.of("_line"));
        List<String> flagSelects = new ArrayList<>(List.of("_line"));
        rawSelects.add(repeatedHeader(source) + " AS " + REPEATED_HEADER);
        typedSelects.add(REPEATED_HEADER);
        flagSelects.add(REPEATED_HEADER);
        int index = 0;
        for (Map.Entry<String, ColumnSpec> entry : entity.columns().entrySet()) {
            String name = entry.getKey();
            ColumnSpec column = entry.getValue();
            String raw = "_raw_" + index++;
            rawSelects.add(expressions.raw(column) + " AS " + raw);
            typedSelects.add(expressions.value(column, raw) + " AS " + sql.quote(name));
            flagSelects.add(sql.quote(name));
            if (column.isMapped()) {
                typedSelects.add(raw + " AS " + sql.quote(codeColumn(name)));
                flagSelects.add(sql.quote(codeColumn(name)));
            }
            if (!column.type().equals("text")) {
                typedSelects.add(raw);
                flagSelects.add(expressions.invalidReason(column, raw, sql.quote(name)) + " AS "
                        + sql.quote(invalidFlag(name)));
            }
        }
        engine.replaceTable(
                typed,
                "SELECT " + String.join(", ", flagSelects) + " FROM (SELECT " + String.join(", ", typedSelects)
                        + " FROM (SELECT " + String.join(", ", rawSelects) + " FROM " + bronze(source)
                        + ") raw) typed");
    }

    /** Why the column's text did not give a typed value ({@code not an integer: '1.5'}), null where it did. */
    private static String invalidFlag(String column) {
        return "_invalid_" + column;
    }

    /**
     * True on a line whose every cell holds its column's name: the header repeated inside the file (two exports
     * appended into one), which is no data. Metadata columns (a leading underscore) are not compared.
     */
    private String repeatedHeader(String source) {
        List<String> conditions = engine.columns(bronze(source)).stream()
                .filter(c -> !c.startsWith("_"))
                .map(c -> "coalesce(trim(CAST(" + sql.quote(c) + " AS STRING)) = " + sql.literal(c) + ", false)")
                .toList();
        return conditions.isEmpty() ? "false" : "(" + String.join(" AND ", conditions) + ")";
    }

    /**
     * Values per typed column that did not give a typed value (text that does not parse, or a value outside its
     * type's plausible range), from the reasons of the typed table; a repeated header line is not data and not
     * counted.
     */
    private Map<String, Long> countInvalid(EntitySpec entity, String typed) {
        List<String> typedColumns = typedColumns(entity);
        Map<String, Long> invalid = new LinkedHashMap<>();
        if (typedColumns.isEmpty()) {
            return invalid;
        }
        String counts = typedColumns.stream()
                .map(name -> countWhere(invalidCondition("", name)) + " AS " + sql.quote(name))
                .collect(Collectors.joining(", "));
        engine.query("SELECT " + counts + " FROM " + typed)
                .get(0)
                .forEach((name, count) -> invalid.put(name, ((Number) count).longValue()));
        return invalid;
    }

    private List<String> typedColumns(EntitySpec entity) {
        return entity.columns().entrySet().stream()
                .filter(e -> !e.getValue().type().equals("text"))
                .map(Map.Entry::getKey)
                .toList();
    }

    private String invalidCondition(String prefix, String column) {
        return prefix + sql.quote(invalidFlag(column)) + " IS NOT NULL AND NOT " + prefix + REPEATED_HEADER;
    }

    /**
     * The first {@link #INVALID_SAMPLES} invalid values of every column that has any, in line order, each with its line,
     * its text as the source holds it (before trimming) and the reason; only these rows reach Java.
     */
    private Map<String, List<InvalidValue>> sampleInvalid(EntitySpec entity, String typed, Map<String, Long> counts) {
        Map<String, List<InvalidValue>> samples = new LinkedHashMap<>();
        List<String> selects = new ArrayList<>();
        for (String name : typedColumns(entity)) {
            if (counts.getOrDefault(name, 0L) == 0) {
                continue;
            }
            samples.put(name, new ArrayList<>());
            ColumnSpec column = entity.columns().get(name);
            String value = column.from() == null ? expressions.raw(column) : sql.quote(column.from());
            selects.add("SELECT * FROM (SELECT " + sql.literal(name) + " AS name, t._line, b.value, t."
                    + sql.quote(invalidFlag(name))
                    + " AS reason, row_number() OVER (ORDER BY t._line) AS _rank FROM " + typed
                    + " t JOIN (SELECT _line, CAST(" + value
                    + " AS STRING) AS value FROM " + bronze(entity.from()) + ") b ON b._line = t._line WHERE "
                    + invalidCondition("t.", name)
                    + ") s WHERE _rank <= " + INVALID_SAMPLES);
        }
        if (selects.isEmpty()) {
            return samples;
        }
        for (Map<String, Object> row : engine.query(String.join(" UNION ALL ", selects) + " ORDER BY name, _line")) {
            samples.get((String) row.get("name"))
                    .add(new InvalidValue(((Number) row.get("_line")).longValue(), (String) row.get("value"), (String)
                            row.get("reason")));
        }
        return samples;
    }

    private String missingRequired(EntitySpec entity, String prefix) {
        String condition = entity.columns().entrySet().stream()
                .filter(e -> e.getValue().required())
                .map(e -> prefix + sql.quote(e.getKey()) + " IS NULL")
                .collect(Collectors.joining(" OR "));
        return condition.isEmpty() ? "false" : condition;
    }

    /**
     * Quarantines the rows without a required value and the lines the quarantine-action checks rejected
     * ({@code checkLines}, a table of _line and reason, or null when no checks ran), each once with every reason.
     */
    private long quarantineMissingRequired(String entityName, EntitySpec entity, String typed, String checkLines) {
        // A repeated header line is no data: its one reason, not the reasons its cells would give as values.
        List<String> reasons = new ArrayList<>(
                List.of("CASE WHEN t." + REPEATED_HEADER + " THEN " + sql.literal(REPEATED_HEADER_REASON) + " END"));
        entity.columns().entrySet().stream()
                .filter(e -> e.getValue().required())
                .map(e -> "CASE WHEN NOT t." + REPEATED_HEADER + " AND t." + sql.quote(e.getKey()) + " IS NULL THEN "
                        + missingReason(e.getKey(), e.getValue()) + " END")
                .forEach(reasons::add);
        String join = "";
        String condition = "t." + REPEATED_HEADER + " OR " + missingRequired(entity, "t.");
        if (checkLines != null) {
            reasons.add("c.reason");
            join = " LEFT JOIN " + checkLines + " c ON c._line = t._line";
            condition = "(" + condition + ") OR c._line IS NOT NULL";
        }
        String reasonExpression = reasons.isEmpty() ? "''" : "concat_ws('; ', " + String.join(", ", reasons) + ")";
        engine.replaceTable(
                quarantine(entityName),
                "SELECT t._line, " + reasonExpression + " AS reason FROM " + typed + " t" + join + " WHERE " + condition
                        + " ORDER BY t._line");
        return engine.queryLong("SELECT count(*) FROM " + quarantine(entityName));
    }

    /** "customer_id missing" for a blank value; for text that gave no typed value, what was wrong with it. */
    private String missingReason(String name, ColumnSpec column) {
        String missing = sql.literal(name + " missing");
        if (column.type().equals("text")) {
            return missing;
        }
        String invalid = "t." + sql.quote(invalidFlag(name));
        return "CASE WHEN " + invalid + " IS NULL THEN " + missing + " ELSE concat(" + sql.literal(name + " ") + ", "
                + invalid + ") END";
    }

    /** The table of lines the checks quarantined in this source, when the check stage made one. */
    private String checkQuarantine(String source) {
        String table = Tables.checkQuarantine(source);
        return engine.tableExists(table) ? table : null;
    }

    /**
     * Keeps one row per key. Under a memory limit that {@code rows} would overflow, the window runs in parts by the
     * key's hash ({@link Engine#partsFor}): a window that spills sorts every row on disk, a part of it fits.
     */
    private String deduplicate(String entityName, EntitySpec entity, String kept, List<String> columns, long rows) {
        DedupeSpec dedupe = entity.dedupe();
        if (dedupe == null || entity.key() == null) {
            return kept;
        }
        String order = switch (dedupe.keep()) {
            case LATEST -> sql.quote(dedupe.orderBy()) + " DESC NULLS LAST, _line DESC";
            case FIRST -> "_line ASC";
            case LAST -> "_line DESC";
        };
        String table = Tables.scratch(entityName, "deduplicated");
        String key = sql.quote(entity.key());
        int parts = engine.partsFor(rows);
        engine.replaceTableInParts(
                table,
                parts,
                part -> "SELECT " + list(columns) + " FROM (SELECT *, row_number() OVER (PARTITION BY " + key
                        + " ORDER BY " + order + ") AS _rank FROM " + kept + " WHERE " + sql.inPart(key, part, parts)
                        + ") ranked WHERE _rank = 1");
        return table;
    }

    private String addValidity(String entityName, EntitySpec entity, String input, List<String> columns) {
        String key = sql.quote(entity.key());
        String from = sql.quote(entity.versions().validFrom());
        String table = Tables.scratch(entityName, "versioned");
        engine.execute("CREATE OR REPLACE VIEW " + table + " AS SELECT " + list(columns) + ", " + from
                + " AS valid_from, "
                + sql.addDays(
                        "lead(" + from + ") OVER (PARTITION BY " + key + " ORDER BY " + from + " NULLS LAST, _line)",
                        -1)
                + " AS valid_to, row_number() OVER (PARTITION BY " + key + " ORDER BY " + from
                + " DESC NULLS LAST, _line DESC) = 1"
                + " AS is_current FROM " + input);
        return table;
    }

    /** Chains one view per repair rule, each seeing the values the rules before it set; returns the last. */
    private String applyRepairs(
            String entityName, EntitySpec entity, String input, List<String> columns, String source) {
        RepairLog.create(engine);
        String current = input;
        List<String> currentColumns = new ArrayList<>(columns);
        int step = 0;
        for (Map.Entry<String, RepairSpec> rule : entity.repairs().entrySet()) {
            String column = rule.getKey();
            String when = "coalesce((" + rule.getValue().when() + "), false)";
            String next = Tables.scratch(entityName, "repair_" + (++step));
            String selects = currentColumns.stream()
                    .map(c -> c.equals(column)
                            ? "CASE WHEN " + when + " THEN " + rule.getValue().set() + " ELSE " + sql.quote(c)
                                    + " END AS " + sql.quote(c)
                            : sql.quote(c))
                    .collect(Collectors.joining(", "));
            // Each repaired value goes to the repair log with its line, old and new value, before the rule overwrites
            // it.
            engine.execute("INSERT INTO " + Tables.REPAIR_LOG + " SELECT " + sql.literal(source) + ", _line, "
                    + sql.literal(column)
                    + ", CAST(" + sql.quote(column) + " AS STRING), CAST(("
                    + rule.getValue().set() + ") AS STRING), "
                    + sql.literal(entityName + "." + column) + " FROM " + current + " WHERE " + when);
            engine.execute("CREATE OR REPLACE VIEW " + next + " AS SELECT " + selects + ", " + when + " AS "
                    + sql.quote(repairFlag(column)) + " FROM " + current);
            currentColumns.add(repairFlag(column));
            current = next;
        }
        return current;
    }

    private String list(List<String> columns) {
        return list("", columns);
    }

    private String list(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + sql.quote(c)).collect(Collectors.joining(", "));
    }
}
