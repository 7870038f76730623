package io.saleslens.ingest;

import io.saleslens.engine.LoadedTable;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.LoadedSources;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        Map<String, Set<String>> needed = columnsNeeded(context.spec());
        long totalBytes = context.spec().sources().values().stream()
                .mapToLong(spec -> bytes(context, spec))
                .sum();
        long bytesRead = 0;
        for (Map.Entry<String, SourceSpec> entry : context.spec().sources().entrySet()) {
            String source = entry.getKey();
            SourceSpec spec = entry.getValue();
            LoadedTable table = SourceReaders.forSource(source, spec)
                    .read(
                            context.engine(),
                            spec.isJdbc() ? null : context.dataDir().resolve(spec.path()),
                            Tables.bronze(source),
                            spec,
                            context.progress().after(bytesRead, totalBytes));
            bytesRead += bytes(context, spec);
            context.progress().advanced(bytesRead, totalBytes, BYTES);
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
        return new LoadedSources(loaded);
    }

    /** The size of a source's file on disk, 0 for a database table or a file that is not there (its reader says so). */
    private static long bytes(RunContext context, SourceSpec spec) {
        if (spec.isJdbc()) {
            return 0;
        }
        try {
            return Files.size(context.dataDir().resolve(spec.path()));
        } catch (IOException e) {
            return 0;
        }
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
