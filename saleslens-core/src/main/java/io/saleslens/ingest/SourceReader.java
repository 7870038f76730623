package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.WorkProgress;
import java.nio.file.Path;

/** Loads one kind of source file into a bronze table: every column as text, plus its line number. */
public interface SourceReader {

    boolean canRead(String format);

    LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source);

    /**
     * Reads as {@link #read(Engine, Path, String, SourceSpec)}, telling {@code progress} how many of the file's bytes
     * are read as it goes where the reader can tell; the others report nothing.
     */
    default LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source, WorkProgress progress) {
        return read(engine, file, bronzeTable, source);
    }
}
