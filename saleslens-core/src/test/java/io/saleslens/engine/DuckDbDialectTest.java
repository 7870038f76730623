package io.saleslens.engine;

import java.nio.file.Path;

/** The engine contract on the embedded DuckDB. */
class DuckDbDialectTest extends BaseEngineTest {

    @Override
    protected Engine openEngine(Path spillDirectory) {
        return new DuckDbEngine(spillDirectory, null);
    }
}
