package io.saleslens.run;

import io.saleslens.model.SilverTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the gold star schema as Parquet and every quarantined row as CSV with its line and reason. */
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
            throw new UncheckedIOException(e);
        }
        for (var table : context.goldTables().entrySet()) {
            context.engine().writeParquet(SilverTables.gold(table.getKey()), gold.resolve(table.getKey() + ".parquet"));
            rows += table.getValue();
        }
        for (String source : context.loaded().keySet()) {
            String rejected = context.loaded().get(source).rejectedTable();
            String quarantined = SilverTables.quarantine(source);
            boolean cleaned = context.cleanings().stream().anyMatch(c -> c.source().equals(source));
            String sql = "SELECT _line AS line, reason, raw FROM " + rejected
                    + (cleaned ? " UNION ALL SELECT _line, reason, NULL FROM " + quarantined : "") + " ORDER BY line";
            long count = context.engine().queryLong("SELECT count(*) FROM (" + sql + ") q");
            if (count > 0) {
                context.engine().writeCsv(sql, quarantine.resolve(source + ".csv"));
            }
        }
        return rows;
    }
}
