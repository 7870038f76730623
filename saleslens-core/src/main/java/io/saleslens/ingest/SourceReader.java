package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.spec.SourceSpec;
import java.nio.file.Path;

/** Loads one kind of source file into a bronze table: every column as text, plus its line number. */
public interface SourceReader {

    boolean canRead(String format);

    LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source);
}
