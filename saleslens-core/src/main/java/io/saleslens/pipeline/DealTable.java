package io.saleslens.pipeline;

import static io.saleslens.stage.Tables.bronze;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.PipelineSpec;
import io.saleslens.stage.ColumnExpressions;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One typed row per line of the deal source ({@code work.pipeline_deals}, a view): the deal columns typed as entity
 * columns are, the probability on the 0..1 scale, and the deal's class (won, lost, open or unclassified) from the
 * stage lists. A column the spec does not name is a typed null, so every query reads the same columns.
 */
final class DealTable {
    static final String TABLE = Tables.scratch("pipeline", "deals");
    static final String WON = "won";
    static final String LOST = "lost";
    static final String OPEN = "open";
    static final String UNCLASSIFIED = "unclassified";

    private DealTable() {}

    static void build(Engine engine, PipelineSpec pipeline) {
        SqlDialect sql = engine.dialect();
        ColumnExpressions expressions = new ColumnExpressions(sql);
        List<String> selects = new ArrayList<>();
        for (String name : columnNames()) {
            ColumnSpec column = pipeline.columns().get(name);
            String value = column == null ? "CAST(NULL AS " + typeOf(name) + ")" : typed(expressions, column, name);
            if (name.equals("probability")
                    && column != null
                    && pipeline.probabilityScale().equals("percent")) {
                value = "(" + value + ") / 100.0";
            }
            selects.add(value + " AS " + sql.quote(name));
        }
        String stage = pipeline.columns().containsKey("stage")
                ? expressions.value(pipeline.columns().get("stage"))
                : "NULL";
        selects.add("CASE WHEN " + stage + " IN (" + literals(sql, pipeline.wonStages()) + ") THEN '" + WON + "'"
                + " WHEN " + stage + " IN (" + literals(sql, pipeline.lostStages()) + ") THEN '" + LOST + "'"
                + (pipeline.openStages().isEmpty()
                        ? ""
                        : " WHEN " + stage + " IN (" + literals(sql, pipeline.openStages()) + ") THEN '" + OPEN + "'")
                + " ELSE '" + UNCLASSIFIED + "' END AS deal_class");
        engine.execute("CREATE OR REPLACE VIEW " + TABLE + " AS SELECT " + String.join(", ", selects) + " FROM "
                + bronze(pipeline.from()));
    }

    static List<String> columnNames() {
        List<String> names = new ArrayList<>(PipelineSpec.REQUIRED_COLUMNS);
        names.addAll(PipelineSpec.OPTIONAL_COLUMNS);
        return names;
    }

    /** Amount and probability as doubles, dates as dates (SpecLoader requires those types), the rest as text. */
    private static String typed(ColumnExpressions expressions, ColumnSpec column, String name) {
        String value = expressions.value(column);
        return switch (typeOf(name)) {
            case "DOUBLE" -> "CAST(" + value + " AS DOUBLE)";
            case "DATE" -> value;
            default -> "CAST(" + value + " AS STRING)";
        };
    }

    static String typeOf(String name) {
        return switch (name) {
            case "amount", "probability" -> "DOUBLE";
            case "created_date", "close_date" -> "DATE";
            default -> "STRING";
        };
    }

    private static String literals(SqlDialect sql, List<String> values) {
        return values.stream().map(sql::literal).collect(Collectors.joining(", "));
    }
}
