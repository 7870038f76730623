package io.saleslens.export;

import io.saleslens.engine.LoadedTable;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.model.Cleanings;
import io.saleslens.model.EntityCleaning;
import io.saleslens.model.GoldTables;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.LoadedSources;
import io.saleslens.stage.RepairLog;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import io.saleslens.stage.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the gold star schema as Parquet, every quarantined row as CSV with its line, key and reason, and
 * every repaired value to repairs.csv; the engine writes the files (COPY), no row passes through Java.
 */
public final class ExportStage implements Stage {
    /** The rows of repairs.csv, as the file writes them, before they are sorted. */
    private static final String REPAIR_ROWS = Tables.scratch("export", "repair_rows");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public StageResult run(RunContext context) {
        Map<String, LoadedTable> loadedSources =
                context.result(LoadedSources.class).tables();
        List<EntityCleaning> cleanings = context.result(Cleanings.class).entities();
        Path gold = context.runDir().resolve("gold");
        Path quarantine = context.runDir().resolve("quarantine");
        long rows = 0;
        try {
            Files.createDirectories(gold);
            Files.createDirectories(quarantine);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
        for (var table : context.result(GoldTables.class).rowsByTable().entrySet()) {
            context.engine().writeParquet(Tables.gold(table.getKey()), gold.resolve(table.getKey() + ".parquet"));
            rows += table.getValue();
        }
        QualityFiles files = new QualityFiles(context.engine());
        List<String> repairs = new ArrayList<>();
        for (String source : loadedSources.keySet()) {
            LoadedTable loaded = loadedSources.get(source);
            SourceSpec spec = context.spec().source(source);
            List<String> entities = cleanings.stream()
                    .filter(c -> c.source().equals(source))
                    .map(EntityCleaning::entity)
                    .toList();
            String sql = files.quarantine(source, spec, loaded.columns(), loaded.rejectedTable(), entities);
            if (files.count(sql) > 0) {
                context.engine().writeCsv(sql, quarantine.resolve(source + ".csv"));
            }
            repairs.add(files.repairs(source, spec.fileStem(), spec, loaded.columns()));
        }
        RepairLog.create(context.engine());
        // Stored before it is sorted: sorting the rows while the joins to each source's lines were still open ran
        // out of DuckDB's memory at 100M lines; sorting the stored rows spills.
        context.engine().replaceTable(REPAIR_ROWS, String.join(" UNION ALL ", repairs));
        context.engine()
                .writeCsv(
                        "SELECT * FROM " + REPAIR_ROWS + " ORDER BY source, file, line, "
                                + context.engine().dialect().quote("column"),
                        context.runDir().resolve("repairs.csv"));
        return StageResult.rows(rows);
    }
}
