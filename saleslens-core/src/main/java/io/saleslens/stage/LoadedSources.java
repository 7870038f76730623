package io.saleslens.stage;

import io.saleslens.engine.LoadedTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What ingest hands on: every source's bronze table, in the spec's order; its figure is the lines read. */
public record LoadedSources(Map<String, LoadedTable> tables) implements StageResult {

    public LoadedSources {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    @Override
    public long rows() {
        return tables.values().stream().mapToLong(LoadedTable::rowsRead).sum();
    }
}
