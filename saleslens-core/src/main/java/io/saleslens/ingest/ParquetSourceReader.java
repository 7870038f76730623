package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.nio.file.Path;

/** Parquet files, read by the engine itself; {@code _line} is the row number. */
final class ParquetSourceReader implements SourceReader {

    @Override
    public boolean canRead(String format) {
        return format.equals("parquet");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        try {
            return engine.loadParquet(bronzeTable, file);
        } catch (SalesLensException e) {
            throw SourceReaders.namingSpecPath(e, file, source.path());
        }
    }
}
