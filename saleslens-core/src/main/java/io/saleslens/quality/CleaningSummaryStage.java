package io.saleslens.quality;

import io.saleslens.stage.Tables;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.model.EntityCleaning;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.util.List;

/**
 * Records in quality.json what cleaning found and did: values that did not parse, rows quarantined,
 * duplicates merged, repairs per rule (from the repair log: check fixes and entity repair rules), rows
 * quarantined per source, and the row accounting of every source.
 */
public final class CleaningSummaryStage implements Stage {
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Override
    public String name() {
        return "summarise";
    }

    @Override
    public long run(RunContext context) {
        ObjectNode quality = context.quality();
        ObjectNode cleaning = quality.putObject("cleaning");
        for (EntityCleaning result : context.cleanings()) {
            cleaning.set(result.entity(), JSON.valueToTree(result));
        }
        ObjectNode summary = quality.putObject("summary");
        summary.put("rows_in", context.rowAccounting().stream().mapToLong(RowAccounting::rowsIn).sum());
        summary.put("rows_out", context.rowAccounting().stream().mapToLong(RowAccounting::rowsOut).sum());
        summary.put("quarantined", context.rowAccounting().stream().mapToLong(RowAccounting::quarantined).sum());
        summary.put("duplicates_merged", context.rowAccounting().stream().mapToLong(RowAccounting::duplicatesMerged).sum());
        List<RowAccounting> rows = context.rowAccounting();
        summary.put("repaired", rows.stream().mapToLong(RowAccounting::repaired).sum());
        summary.put("filtered", rows.stream().mapToLong(RowAccounting::filtered).sum());
        summary.put("repaired_values", rows.stream().mapToLong(RowAccounting::repairedValues).sum());
        ObjectNode accounting = quality.putObject("row_accounting");
        for (RowAccounting row : context.rowAccounting()) {
            ObjectNode node = JSON.valueToTree(row);
            node.remove("source");
            accounting.set(row.source(), node);
        }
        var repairs = quality.putArray("repairs");
        io.saleslens.stage.RepairLog.create(context.engine());
        String column = context.engine().dialect().quote("column");
        context.engine().query("SELECT rule, source, " + column + ", count(*) AS rows FROM " + io.saleslens.stage.Tables.REPAIR_LOG
                + " GROUP BY rule, source, " + column + " ORDER BY rule").forEach(row -> repairs.addObject()
                        .put("rule", (String) row.get("rule"))
                        .put("source", context.spec().source((String) row.get("source")).fileStem())
                        .put("column", (String) row.get("column"))
                        .put("rows", ((Number) row.get("rows")).longValue()));
        ObjectNode quarantine = quality.putObject("quarantine");
        for (RowAccounting row : context.rowAccounting()) {
            quarantine.put(row.source(), row.quarantined());
        }
        return context.rowAccounting().stream().mapToLong(RowAccounting::rowsIn).sum();
    }
}
