package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.LoadedTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ingest hands on: every source's bronze table, in the spec's order, the lines of each of its files, and how the
 * run used its state; its figure is the lines read.
 */
public record LoadedSources(Map<String, LoadedTable> tables, Map<String, List<FileLines>> files, RefreshOutcome refresh)
        implements StageResult {

    public LoadedSources {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        var copied = new LinkedHashMap<String, List<FileLines>>();
        files.forEach((source, lines) -> copied.put(source, List.copyOf(lines)));
        files = Collections.unmodifiableMap(copied);
        requireNonNull(refresh, "refresh is null");
    }

    public LoadedSources(Map<String, LoadedTable> tables) {
        this(tables, Map.of(), RefreshOutcome.OFF);
    }

    @Override
    public long rows() {
        return tables.values().stream().mapToLong(LoadedTable::rowsRead).sum();
    }
}
