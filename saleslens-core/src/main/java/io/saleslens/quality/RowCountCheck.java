package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** The number of rows must be within bounds. */
record RowCountCheck(String source, CheckSpec spec) implements TableCheck {

    @Override
    public String threshold() {
        String low = spec.minRows() == null ? "" : ">= " + spec.minRows();
        String high = spec.maxRows() == null ? "" : "<= " + spec.maxRows();
        return "rows " + low + (low.isEmpty() || high.isEmpty() ? "" : " and ") + high;
    }

    @Override
    public String measure(SqlDialect sql, String bronzeTable) {
        String failed = "false";
        if (spec.minRows() != null) {
            failed += " OR count(*) < " + spec.minRows();
        }
        if (spec.maxRows() != null) {
            failed += " OR count(*) > " + spec.maxRows();
        }
        return "SELECT CAST(count(*) AS STRING) AS observed, (" + failed + ") AS failed FROM " + bronzeTable;
    }
}
