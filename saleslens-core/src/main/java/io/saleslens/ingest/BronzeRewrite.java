package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;

/**
 * Replaces a loaded bronze table (a view or a table, by reader and engine) with a query over its rows: the query's
 * result is stored under a work name and the bronze name becomes a view over it, so later steps read the same name.
 */
final class BronzeRewrite {
    private BronzeRewrite() {}

    /** @param select a query that reads {@code FROM <bronzeTable>} as {@code %s} */
    static void replace(Engine engine, String bronzeTable, String step, String select) {
        String stored = Tables.scratch(bronzeTable.replace('.', '_'), step);
        engine.replaceTable(stored, select.formatted(bronzeTable));
        try {
            engine.execute("DROP VIEW IF EXISTS " + bronzeTable);
        } catch (RuntimeException isATable) {
            // Both engines refuse DROP VIEW on a table; what the reader made is then a table.
            engine.execute("DROP TABLE IF EXISTS " + bronzeTable);
        }
        engine.execute("CREATE VIEW " + bronzeTable + " AS SELECT * FROM " + stored);
    }
}
