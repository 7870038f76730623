package io.saleslens.quality;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.model.RepairLog;
import io.saleslens.model.SilverTables;
import io.saleslens.spec.SourceSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the quality files the engine writes with COPY: every quarantined row of a source (structural
 * rejects and rows quarantined by checks) and every repaired value, each with its line and business key.
 */
public final class QualityFiles {
    private final Engine engine;
    private final SqlDialect sql;

    public QualityFiles(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /** The business key of a source row: the spec's key column or expression, null when the spec names none. */
    public String keyExpression(SourceSpec source, List<String> columns) {
        if (source.key() == null) {
            return "CAST(NULL AS STRING)";
        }
        String expression = columns.contains(source.key()) ? sql.quote(source.key()) : source.key();
        return "NULLIF(trim(CAST((" + expression + ") AS STRING)), '')";
    }

    /**
     * line, key, reason, raw: the structural rejects, then the lines each entity cleaned from the source set
     * aside. When the source feeds several entities (a flat file), each reason starts with its entity's name,
     * and a line two entities set aside appears once for each.
     */
    public String quarantine(String source, SourceSpec spec, List<String> columns, String rejectedTable, List<String> entities) {
        String select = "SELECT _line AS line, CAST(NULL AS STRING) AS key, reason, raw FROM " + rejectedTable;
        if (!entities.isEmpty()) {
            String quarantined = entities.stream()
                    .map(entity -> "SELECT _line, " + (entities.size() == 1 ? "reason" : "concat(" + sql.literal(entity + ": ") + ", reason)")
                            + " AS reason FROM " + SilverTables.quarantine(entity))
                    .collect(Collectors.joining(" UNION ALL "));
            select += " UNION ALL SELECT q._line, b.key, q.reason, NULL FROM (" + quarantined + ") q LEFT JOIN (SELECT _line, "
                    + keyExpression(spec, columns) + " AS key FROM " + SilverTables.bronze(source) + ") b ON b._line = q._line";
        }
        return select + " ORDER BY line, reason";
    }

    /** source, line, key, column, old_value, new_value, rule for one source's repairs. */
    public String repairs(String source, String stem, SourceSpec spec, List<String> columns) {
        return "SELECT " + sql.literal(stem) + " AS source, r._line AS line, b.key, r." + sql.quote("column") + ", r.old_value, r.new_value, r.rule FROM "
                + RepairLog.TABLE + " r LEFT JOIN (SELECT _line, " + keyExpression(spec, columns) + " AS key FROM "
                + SilverTables.bronze(source) + ") b ON b._line = r._line WHERE r.source = " + sql.literal(source);
    }

    public long count(String select) {
        return engine.queryLong("SELECT count(*) FROM (" + select + ") q");
    }
}
