package io.saleslens.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.LoadedSources;
import io.saleslens.stage.RepairLog;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RowAccounts;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.SourceLines;
import io.saleslens.stage.Stage;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records in quality.json what cleaning found and did: values that did not parse, rows quarantined,
 * duplicates merged, repairs per rule (from the repair log: check fixes and entity repair rules), rows
 * quarantined per source, and the row accounting of every source.
 */
public final class CleaningSummaryStage implements Stage {
    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Override
    public String name() {
        return "summarise";
    }

    @Override
    public RowAccounts run(RunContext context) {
        List<EntityCleaning> cleanings = context.result(Cleanings.class).entities();
        List<RowAccounting> rows = accounting(context.engine(), context.result(LoadedSources.class), cleanings);
        ObjectNode quality = context.quality();
        ObjectNode cleaning = quality.putObject("cleaning");
        SourceLines lines = SourceLines.of(
                context.engine(), context.result(LoadedSources.class).tables().keySet());
        for (EntityCleaning result : cleanings) {
            ObjectNode entity = JSON.valueToTree(result);
            // A glob source's sample names its file and the line there, as the quarantine and repair files do.
            entity.path("invalid_samples")
                    .forEach(column -> column.forEach(sample -> lines.put(
                            (ObjectNode) sample,
                            result.source(),
                            sample.path("line").asLong())));
            cleaning.set(result.entity(), entity);
        }
        ObjectNode summary = quality.putObject("summary");
        summary.put("rows_in", rows.stream().mapToLong(RowAccounting::rowsIn).sum());
        summary.put("rows_out", rows.stream().mapToLong(RowAccounting::rowsOut).sum());
        summary.put(
                "quarantined",
                rows.stream().mapToLong(RowAccounting::quarantined).sum());
        summary.put(
                "duplicates_merged",
                rows.stream().mapToLong(RowAccounting::duplicatesMerged).sum());
        summary.put("repaired", rows.stream().mapToLong(RowAccounting::repaired).sum());
        summary.put("filtered", rows.stream().mapToLong(RowAccounting::filtered).sum());
        summary.put(
                "repaired_values",
                rows.stream().mapToLong(RowAccounting::repairedValues).sum());
        summary.put(
                "blank_lines",
                rows.stream().mapToLong(RowAccounting::blankLines).sum());
        ObjectNode accounting = quality.putObject("row_accounting");
        for (RowAccounting row : rows) {
            ObjectNode node = JSON.valueToTree(row);
            node.remove("source");
            accounting.set(row.source(), node);
        }
        var repairs = quality.putArray("repairs");
        RepairLog.create(context.engine());
        String column = context.engine().dialect().quote("column");
        context.engine()
                .query("SELECT rule, source, " + column + ", count(*) AS rows FROM " + Tables.REPAIR_LOG
                        + " GROUP BY rule, source, " + column + " ORDER BY rule")
                .forEach(row -> repairs.addObject()
                        .put("rule", (String) row.get("rule"))
                        .put(
                                "source",
                                context.spec()
                                        .source((String) row.get("source"))
                                        .fileStem())
                        .put("column", (String) row.get("column"))
                        .put("rows", ((Number) row.get("rows")).longValue()));
        ObjectNode quarantine = quality.putObject("quarantine");
        for (RowAccounting row : rows) {
            quarantine.put(row.source(), row.quarantined());
        }
        return new RowAccounts(rows);
    }

    /**
     * Rows in, clean, quarantined and merged for every source. A source that feeds several entities (a flat
     * file of order lines also gives the customers and products) is accounted for at the grain of its lines:
     * by the sale entity when it reads the source, else by the entity that merges the fewest rows, the first in the
     * spec on a tie. What the other entities set aside is in their cleaning figures and the quarantine file.
     */
    static List<RowAccounting> accounting(Engine engine, LoadedSources loaded, List<EntityCleaning> cleanings) {
        Map<String, EntityCleaning> bySource = new LinkedHashMap<>();
        cleanings.forEach(c -> bySource.merge(c.source(), c, (kept, next) -> {
            // The order lines are the grain of a source that feeds the sale entity; otherwise the entity merging least.
            if (kept.entity().equals(DatasetSpec.SALE) || next.entity().equals(DatasetSpec.SALE)) {
                return kept.entity().equals(DatasetSpec.SALE) ? kept : next;
            }
            return next.duplicatesMerged() < kept.duplicatesMerged() ? next : kept;
        }));
        Map<String, long[]> repairs = repairsBySource(engine);
        List<RowAccounting> rows = new ArrayList<>();
        loaded.tables().forEach((source, table) -> {
            EntityCleaning cleaning = bySource.get(source);
            long[] repaired = repairs.getOrDefault(source, new long[2]);
            if (cleaning == null) {
                rows.add(new RowAccounting(
                        source,
                        table.rowsRead(),
                        table.rowsLoaded(),
                        0,
                        table.rowsRejected(),
                        repaired[0],
                        0,
                        repaired[1],
                        table.blankLines()));
            } else {
                rows.add(new RowAccounting(
                        source,
                        table.rowsRead(),
                        cleaning.rowsOut(),
                        cleaning.duplicatesMerged(),
                        table.rowsRejected() + cleaning.quarantined(),
                        repaired[0],
                        cleaning.filtered(),
                        repaired[1],
                        table.blankLines()));
            }
        });
        return rows;
    }

    /**
     * Per source, the lines with a repaired value and the repaired values, from the repair log that becomes repairs.csv
     * (check fixes and entity repair rules alike), so the accounting and the file agree.
     */
    private static Map<String, long[]> repairsBySource(Engine engine) {
        Map<String, long[]> repairs = new LinkedHashMap<>();
        if (!engine.tableExists(Tables.REPAIR_LOG)) {
            return repairs;
        }
        engine.query("SELECT source, count(DISTINCT _line) AS lines, count(*) AS repaired_values FROM "
                        + Tables.REPAIR_LOG + " GROUP BY source")
                .forEach(row -> repairs.put((String) row.get("source"), new long[] {
                    ((Number) row.get("lines")).longValue(), ((Number) row.get("repaired_values")).longValue()
                }));
        return repairs;
    }
}
