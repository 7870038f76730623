package io.saleslens.model;

import static io.saleslens.stage.Tables.bronze;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.CheckSpec;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EnrichSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.RepairSpec;
import io.saleslens.spec.SpecLocations;
import io.saleslens.stage.ColumnExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds every piece of SQL and every column name of a spec against the loaded sources before a check or a cleaning
 * step reads a row: each expression runs once as a query that returns no row ({@code LIMIT 0}), so a typo in an
 * {@code expr}, a {@code where} or a check's {@code condition} is a user error naming the spec line and key, the file
 * and its columns, instead of an engine error in the middle of a run.
 */
final class SpecBinding {
    private static final int COLUMNS_SHOWN = 40;

    private final Engine engine;
    private final SqlDialect sql;
    private final DatasetSpec spec;
    private final SpecLocations locations;
    private final ColumnExpressions expressions;

    SpecBinding(Engine engine, DatasetSpec spec, SpecLocations locations) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.spec = spec;
        this.locations = locations;
        this.expressions = new ColumnExpressions(sql, spec.timezone());
    }

    void check() {
        spec.sources().forEach((name, source) -> {
            if (source.key() != null && !sourceColumns(name).contains(source.key())) {
                bindOver(name, "sources." + name + ".key", "CAST((" + source.key() + ") AS STRING)", bronze(name));
            }
        });
        spec.entities().forEach(this::checkEntity);
        spec.checks().forEach((source, checks) -> {
            for (int i = 0; i < checks.size(); i++) {
                checkCheck(source, "checks." + source + "[" + i + "]", checks.get(i));
            }
        });
        if (spec.pipeline() != null) {
            checkColumns(
                    spec.pipeline().from(), "pipeline.columns", spec.pipeline().columns());
        }
    }

    private void checkEntity(String entityName, EntitySpec entity) {
        String path = "entities." + entityName;
        checkColumns(entity.from(), path + ".columns", entity.columns());
        List<String> typed = new ArrayList<>();
        entity.columns().forEach((name, column) -> typed.add(expressions.value(column) + " AS " + sql.quote(name)));
        String typedRows = "(SELECT " + String.join(", ", typed) + " FROM " + bronze(entity.from()) + ") t";
        if (entity.where() != null) {
            bindOver(entity.from(), path + ".where", "CASE WHEN (" + entity.where() + ") THEN 1 END", typedRows);
        }
        for (Map.Entry<String, RepairSpec> repair : entity.repairs().entrySet()) {
            String repairPath = path + ".repairs." + repair.getKey();
            bindOver(
                    entity.from(),
                    repairPath + ".when",
                    "CASE WHEN (" + repair.getValue().when() + ") THEN 1 END",
                    typedRows);
            bindOver(entity.from(), repairPath + ".set", repair.getValue().set(), typedRows);
        }
        for (int i = 0; i < entity.enrich().size(); i++) {
            EnrichSpec enrichment = entity.enrich().get(i);
            String enrichPath = path + ".enrich[" + i + "]";
            bindOver(
                    enrichment.from(),
                    enrichPath + ".match." + enrichment.entityKey(),
                    enrichment.sourceKeyExpression(),
                    bronze(enrichment.from()));
            checkColumns(enrichment.from(), enrichPath + ".columns", enrichment.columns());
        }
    }

    private void checkColumns(String source, String path, Map<String, ColumnSpec> columns) {
        List<String> present = sourceColumns(source);
        columns.forEach((name, column) -> {
            if (column.from() != null && !present.contains(column.from())) {
                throw new SalesLensException(
                        ErrorCode.COLUMN_NOT_FOUND,
                        locations.at(path + "." + name + ".from") + ": column '" + column.from() + "' is not in "
                                + file(source) + "; its columns are " + shown(present)
                                + "; write one of them, or an expr");
            }
            if (column.expr() != null) {
                bindOver(source, path + "." + name + ".expr", expressions.raw(column), bronze(source));
            }
        });
    }

    private void checkCheck(String source, String path, CheckSpec check) {
        List<String> present = sourceColumns(source);
        // A check of several columns names them under columns; its column is then their joined label, not a column.
        List<String> named = !check.columns().isEmpty()
                ? check.columns()
                : check.column() == null ? List.of() : List.of(check.column());
        for (String column : named) {
            if (!present.contains(column)) {
                throw new SalesLensException(
                        ErrorCode.COLUMN_NOT_FOUND,
                        locations.at(path + (check.column() != null ? ".column" : ".columns")) + ": column '" + column
                                + "' is not in " + file(source) + "; its columns are " + shown(present));
            }
        }
        if (check.expr() != null) {
            bindOver(source, path + ".expr", check.expr(), bronze(source));
        }
        if (check.condition() != null) {
            bindOver(source, path + ".condition", "CASE WHEN (" + check.condition() + ") THEN 1 END", bronze(source));
        }
        if (check.fix() != null) {
            bindOver(
                    source,
                    path + ".fix",
                    check.fix(),
                    "(SELECT *, CAST(NULL AS STRING) AS value FROM " + bronze(source) + ") t");
        }
    }

    private void bindOver(String source, String path, String expression, String rows) {
        try {
            engine.query("SELECT " + expression + " AS _bound FROM " + rows + " LIMIT 0");
        } catch (RuntimeException e) {
            String message = e.getMessage() == null
                    ? e.toString()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new SalesLensException(
                    ErrorCode.SPEC_EXPRESSION_INVALID,
                    locations.at(path) + ": the SQL does not run on " + file(source) + " ("
                            + message.replace("engine error: ", "") + "); its columns are "
                            + shown(sourceColumns(source)) + "; fix the expression",
                    e);
        }
    }

    private List<String> sourceColumns(String source) {
        return engine.columns(bronze(source)).stream()
                .filter(column -> !column.equals("_line"))
                .toList();
    }

    private String file(String source) {
        return spec.source(source).location();
    }

    private static String shown(List<String> columns) {
        List<String> names =
                columns.stream().limit(COLUMNS_SHOWN).map(c -> "'" + c + "'").toList();
        return String.join(", ", names)
                + (columns.size() > COLUMNS_SHOWN ? " and " + (columns.size() - COLUMNS_SHOWN) + " more" : "");
    }
}
