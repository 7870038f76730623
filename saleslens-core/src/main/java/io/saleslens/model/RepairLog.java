package io.saleslens.model;

import io.saleslens.engine.Engine;

/**
 * The engine table of every repaired value: source, line, column, old and new value, and the rule that
 * changed it (a check's fix or standardisation map, or an entity repair rule). It becomes repairs.csv.
 */
public final class RepairLog {
    public static final String TABLE = "work.repair_log";

    private RepairLog() {}

    public static void create(Engine engine) {
        engine.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (source VARCHAR, _line BIGINT, \"column\" VARCHAR,"
                + " old_value VARCHAR, new_value VARCHAR, rule VARCHAR)");
    }
}
