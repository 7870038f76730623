package io.saleslens.targets;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An engine for a stage that must not use one: the target stage reads only the metrics document. */
final class NoEngine implements Engine {
    @Override
    public SqlDialect dialect() {
        throw unused();
    }

    @Override
    public void execute(String sql) {
        throw unused();
    }

    @Override
    public List<Map<String, Object>> query(String sql) {
        throw unused();
    }

    @Override
    public boolean tableExists(String table) {
        throw unused();
    }

    @Override
    public List<String> columns(String table) {
        throw unused();
    }

    @Override
    public LoadedTable loadCsv(String table, Path file, CsvFormat format) {
        throw unused();
    }

    @Override
    public LoadedTable loadParquet(String table, Path file) {
        throw unused();
    }

    @Override
    public LoadedTable loadJsonLines(String table, Path file) {
        throw unused();
    }

    @Override
    public void writeParquet(String table, Path target) {
        throw unused();
    }

    @Override
    public void writeCsv(String sql, Path target) {
        throw unused();
    }

    @Override
    public void close() {}

    private static AssertionError unused() {
        return new AssertionError("the target stage used the engine");
    }
}
