package io.saleslens.stage;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;

/**
 * The engine table of every repaired value: source, line, column, old and new value, and the rule that
 * changed it (a check's fix or standardisation map, or an entity repair rule). It becomes repairs.csv.
 */
public final class RepairLog {

    private RepairLog() {}

    /** Creates the empty log unless the run has one already (the check stage and cleaning both add to it). */
    public static void create(Engine engine) {
        if (engine.tableExists(Tables.REPAIR_LOG)) {
            return;
        }
        SqlDialect sql = engine.dialect();
        engine.execute(sql.createTable(
                Tables.REPAIR_LOG,
                "SELECT CAST(NULL AS STRING) AS source, CAST(NULL AS BIGINT) AS _line, CAST(NULL AS STRING) AS "
                        + sql.quote("column")
                        + ", CAST(NULL AS STRING) AS old_value, CAST(NULL AS STRING) AS new_value,"
                        + " CAST(NULL AS STRING) AS rule WHERE 1 = 0"));
    }
}
