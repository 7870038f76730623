package io.saleslens.export;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.SourceFiles;
import io.saleslens.stage.Tables;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the quality files the engine writes with COPY: every quarantined row of a source (structural
 * rejects and rows quarantined by checks) and every repaired value, each with its line and business key.
 * These files are for people, who open them in a spreadsheet, so every text cell goes through {@link #forPeople}:
 * a cell a spreadsheet would run as a formula is written as text. The Parquet exports keep the raw values.
 */
public final class QualityFiles {
    /** A cell that is a plain number ({@code -12.5}) is data, not a formula, and is written as it is. */
    static final String PLAIN_NUMBER = "[+-]?[0-9]+([.][0-9]+)?";

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
     * A text cell as a spreadsheet can show it safely. OWASP's advice against CSV injection: a cell starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, which
     * spreadsheets read as "this is text" and do not show; plain numbers are left alone. A NUL character, which
     * many tools end a cell at, is written as the two characters {@code \0}. Portable SQL (chr, replace, substr).
     */
    public String forPeople(String textExpression) {
        String escaped = "replace(" + textExpression + ", chr(0), " + sql.literal("\\0") + ")";
        String first = "substr(" + escaped + ", 1, 1)";
        return "CASE WHEN " + first + " IN ('=', '+', '-', '@', chr(9), chr(13)) AND NOT "
                + sql.matches(escaped, PLAIN_NUMBER) + " THEN concat(" + sql.literal("'") + ", " + escaped + ") ELSE "
                + escaped + " END";
    }

    /** The text of a line the parser could not split, without the line breaks the reader left before it. */
    private String rawLine(String textExpression) {
        return forPeople(sql.replaceAll(textExpression, "^[\\r\\n]+", ""));
    }

    /**
     * line, key, reason, raw: the structural rejects, then the lines each entity cleaned from the source set
     * aside. When the source feeds several entities (a flat file), each reason starts with its entity's name,
     * and a line two entities set aside appears once for each.
     */
    public String quarantine(
            String source, SourceSpec spec, List<String> columns, String rejectedTable, List<String> entities) {
        String select = "SELECT _line AS line, CAST(NULL AS STRING) AS key, " + forPeople("reason") + " AS reason, "
                + rawLine("raw") + " AS raw FROM " + rejectedTable;
        if (!entities.isEmpty()) {
            String quarantined = entities.stream()
                    .map(entity -> "SELECT _line, "
                            + (entities.size() == 1 ? "reason" : "concat(" + sql.literal(entity + ": ") + ", reason)")
                            + " AS reason FROM " + Tables.quarantine(entity))
                    .collect(Collectors.joining(" UNION ALL "));
            select += " UNION ALL SELECT q._line, " + forPeople("b.key") + ", " + forPeople("q.reason")
                    + ", NULL FROM (" + quarantined
                    + ") q LEFT JOIN (SELECT _line, "
                    + keyExpression(spec, columns) + " AS key FROM " + Tables.bronze(source)
                    + ") b ON b._line = q._line";
        }
        if (spec.isGlob()) {
            return "SELECT " + forPeople("f.path") + " AS file, q.line - f.line_base AS line, q.key, q.reason, q.raw"
                    + " FROM (" + select + ") q JOIN " + Tables.bronzeFiles(source) + " f ON " + inFile("q.line")
                    + " ORDER BY q.line, q.reason";
        }
        return select + " ORDER BY line, reason";
    }

    /** The condition that a bronze {@code _line} of a glob source is a line of the file {@code f}. */
    private static String inFile(String line) {
        return line + " >= f.line_base AND " + line + " < f.line_base + " + SourceFiles.LINES_PER_FILE;
    }

    /**
     * source, line, key, column, old_value, new_value, rule, file for one source's repairs: the line is the file's own,
     * the file as the spec or a glob's match names it.
     */
    public String repairs(String source, String stem, SourceSpec spec, List<String> columns) {
        String column = sql.quote("column");
        String file = spec.isGlob() ? "f.path" : sql.literal(spec.location());
        String line = spec.isGlob() ? "r._line - f.line_base" : "r._line";
        return "SELECT " + forPeople(sql.literal(stem)) + " AS source, " + line + " AS line, " + forPeople("b.key")
                + " AS key, "
                + forPeople("r." + column) + " AS " + column + ", " + forPeople("r.old_value") + " AS old_value, "
                + forPeople("r.new_value")
                + " AS new_value, " + forPeople("r.rule") + " AS rule, " + forPeople(file) + " AS file FROM "
                + Tables.REPAIR_LOG
                + " r LEFT JOIN (SELECT _line, " + keyExpression(spec, columns) + " AS key FROM "
                + Tables.bronze(source) + ") b ON b._line = r._line"
                + (spec.isGlob() ? " JOIN " + Tables.bronzeFiles(source) + " f ON " + inFile("r._line") : "")
                + " WHERE r.source = " + sql.literal(source);
    }

    public long count(String select) {
        return engine.queryLong("SELECT count(*) FROM (" + select + ") q");
    }
}
