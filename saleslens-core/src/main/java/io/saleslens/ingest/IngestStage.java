package io.saleslens.ingest;

import io.saleslens.engine.LoadedTable;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.FileLines;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.LoadedSources;
import io.saleslens.stage.RefreshOutcome;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads every source into bronze and checks that each column the spec reads is there, reporting the sources' bytes read
 * as it goes.
 */
public final class IngestStage implements Stage {
    /** The unit of the ingest stage's progress: the sources' bytes on disk. */
    public static final String BYTES = "bytes";

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public LoadedSources run(RunContext context) {
        Map<String, LoadedTable> loaded = new LinkedHashMap<>();
        Map<String, List<FileLines>> files = new LinkedHashMap<>();
        Map<String, Set<String>> needed = columnsNeeded(context.spec());
        long totalBytes = context.inputs().stream().mapToLong(InputFile::bytes).sum();
        RefreshOutcome refresh;
        try (BronzeState state = BronzeState.open(context)) {
            SourceFileReader reader = new SourceFileReader(context, state, totalBytes);
            for (Map.Entry<String, SourceSpec> entry : context.spec().sources().entrySet()) {
                String source = entry.getKey();
                SourceSpec spec = entry.getValue();
                List<FileLines> lines = new ArrayList<>();
                LoadedTable table = reader.read(source, spec, lines);
                files.put(source, lines);
                ColumnLimit.check(spec.location(), table.columns().size());
                NullMarkers.apply(context.engine(), table.table(), table.columns(), spec.nullValues());
                table = ColumnAliases.apply(context.engine(), table, spec, needed.getOrDefault(source, Set.of()));
                for (String column : needed.getOrDefault(source, Set.of())) {
                    if (!table.columns().contains(column)) {
                        throw new SalesLensException(
                                ErrorCode.COLUMN_NOT_FOUND,
                                spec.location() + " line 1: column '" + column
                                        + "' not found (the spec reads it); the header has "
                                        + String.join(", ", table.columns()) + "; fix the file or the spec");
                    }
                }
                loaded.put(source, table);
                context.quality().with("ingest").putPOJO(spec.fileStem(), table.dialect());
            }
            // Closed first: files the run did not use are dropped from the state then, and counted.
            state.close();
            refresh = state.outcome();
        }
        return new LoadedSources(loaded, files, refresh);
    }

    private static Map<String, Set<String>> columnsNeeded(DatasetSpec spec) {
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        spec.entities().values().forEach(entity -> {
            addFromColumns(needed.computeIfAbsent(entity.from(), s -> new LinkedHashSet<>()), entity.columns());
            entity.enrich()
                    .forEach(e ->
                            addFromColumns(needed.computeIfAbsent(e.from(), s -> new LinkedHashSet<>()), e.columns()));
        });
        if (spec.pipeline() != null) {
            addFromColumns(
                    needed.computeIfAbsent(spec.pipeline().from(), s -> new LinkedHashSet<>()),
                    spec.pipeline().columns());
        }
        spec.checks()
                .forEach((source, checks) ->
                        checks.forEach(check -> needed.computeIfAbsent(source, s -> new LinkedHashSet<>())
                                .addAll(check.columns())));
        return needed;
    }

    private static void addFromColumns(Set<String> target, Map<String, ColumnSpec> columns) {
        columns.values().stream().map(ColumnSpec::from).filter(Objects::nonNull).forEach(target::add);
    }
}
