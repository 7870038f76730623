package io.saleslens.run;

import io.saleslens.engine.LoadedTable;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.model.EntityCleaning;
import io.saleslens.model.RepairLog;
import io.saleslens.model.SilverTables;
import io.saleslens.quality.QualityFiles;
import io.saleslens.spec.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the gold star schema as Parquet, every quarantined row as CSV with its line, key and reason, and
 * every repaired value to repairs.csv; the engine writes the files (COPY), no row passes through Java.
 */
public final class ExportStage implements Stage {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public long run(RunContext context) {
        Path gold = context.runDir().resolve("gold");
        Path quarantine = context.runDir().resolve("quarantine");
        long rows = 0;
        try {
            Files.createDirectories(gold);
            Files.createDirectories(quarantine);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
        for (var table : context.goldTables().entrySet()) {
            context.engine().writeParquet(SilverTables.gold(table.getKey()), gold.resolve(table.getKey() + ".parquet"));
            rows += table.getValue();
        }
        QualityFiles files = new QualityFiles(context.engine());
        List<String> repairs = new ArrayList<>();
        for (String source : context.loaded().keySet()) {
            LoadedTable loaded = context.loaded().get(source);
            SourceSpec spec = context.spec().source(source);
            List<String> entities = context.cleanings().stream().filter(c -> c.source().equals(source)).map(EntityCleaning::entity).toList();
            String sql = files.quarantine(source, spec, loaded.columns(), loaded.rejectedTable(), entities);
            if (files.count(sql) > 0) {
                context.engine().writeCsv(sql, quarantine.resolve(source + ".csv"));
            }
            repairs.add(files.repairs(source, spec.fileStem(), spec, loaded.columns()));
        }
        RepairLog.create(context.engine());
        String allRepairs = String.join(" UNION ALL ", repairs) + " ORDER BY source, line, " + context.engine().dialect().quote("column");
        context.engine().writeCsv(allRepairs, context.runDir().resolve("repairs.csv"));
        return rows;
    }
}
