package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.nio.file.Path;

/** JSON lines (one object per line, also gzip-compressed), read by the engine; {@code _line} is the line number. */
final class JsonLinesSourceReader implements SourceReader {

    @Override
    public boolean canRead(String format) {
        return format.equals("jsonl");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        try {
            return engine.loadJsonLines(bronzeTable, file);
        } catch (SalesLensException e) {
            throw SourceReaders.namingSpecPath(e, file, source.path());
        }
    }
}
