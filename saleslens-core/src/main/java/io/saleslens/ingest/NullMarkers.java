package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a source's null markers (NULL, NA, n/a...) into missing values in its bronze table, whatever
 * the reader, so that no later step mistakes "NA" for a customer segment or an invalid number.
 */
final class NullMarkers {
    private NullMarkers() {}

    static void apply(Engine engine, String bronzeTable, List<String> columns, List<String> markers) {
        if (markers.isEmpty()) {
            return;
        }
        SqlDialect sql = engine.dialect();
        String list = markers.stream().map(sql::literal).collect(Collectors.joining(", "));
        String selects = columns.stream()
                .map(sql::quote)
                .map(c -> "CASE WHEN trim(" + c + ") IN (" + list + ") THEN NULL ELSE " + c + " END AS " + c)
                .collect(Collectors.joining(", "));
        BronzeRewrite.replace(
                engine, bronzeTable, "marked", "SELECT " + selects.replace("%", "%%") + ", _line FROM %s");
    }
}
