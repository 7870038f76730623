package io.saleslens.infer;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.ingest.SourceReaders;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the data files of a folder and probes each one: its dialect (a byte scan for delimited text),
 * a load into the engine with the same readers a run uses, a profile of every column and the meaning
 * each column's name and values suggest.
 */
final class FileProber {
    private static final List<String> EXTENSIONS = List.of(
            ".csv",
            ".tsv",
            ".txt",
            ".tab",
            ".csv.gz",
            ".tsv.gz",
            ".txt.gz",
            ".parquet",
            ".jsonl",
            ".ndjson",
            ".json",
            ".jsonl.gz",
            ".xlsx");

    private final Engine engine;
    private final ColumnProfiler profiler;

    FileProber(Engine engine) {
        this.engine = engine;
        this.profiler = new ColumnProfiler(engine);
    }

    List<ProbedFile> probeFolder(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new SalesLensException(
                    ErrorCode.DATA_FOLDER_NOT_FOUND,
                    dataDir + ": data folder not found; give the folder that holds the source files");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir, 3)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(FileProber::isDataFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_UNREADABLE, dataDir + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_NOT_FOUND,
                    dataDir + ": no data files found (looked for " + String.join(", ", EXTENSIONS) + ")");
        }
        List<ProbedFile> probed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            String relative = dataDir.relativize(file).toString().replace('\\', '/');
            probed.add(probe(dataDir, relative, uniqueName(relative, names), probed.size()));
        }
        return probed;
    }

    static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    ProbedFile probe(Path dataDir, String relative, String sourceName, int index) {
        Path file = dataDir.resolve(relative);
        String format = SourceSpec.formatOf(relative);
        SourceSpec spec = SourceSpec.file(relative).build();
        String evidence = format;
        if (format.equals("csv") || format.equals("tsv")) {
            TextDialect dialect = TextFileScan.scan(file);
            String delimiter = dialect.delimiter() == (format.equals("tsv") ? '\t' : ',')
                    ? null
                    : String.valueOf(dialect.delimiter());
            String encoding = dialect.encoding().equals("utf-8") ? null : dialect.encoding();
            spec = SourceSpec.file(relative)
                    .delimiter(delimiter)
                    .encoding(encoding)
                    .build();
            evidence = dialect.encoding() + (dialect.byteOrderMark() ? " with byte order mark" : "") + ", "
                    + dialect.delimiterName()
                    + "-separated (" + dialect.consistentRecords() + " of " + dialect.records()
                    + " records split evenly)"
                    + (dialect.doubledQuotes() > 0
                            ? ", " + dialect.doubledQuotes() + " doubled quotes inside quoted fields"
                            : "");
        }
        String table = Tables.scratch("probe", String.valueOf(index));
        LoadedTable loaded = SourceReaders.forSource(sourceName, spec).read(engine, file, table, spec);
        if ((format.equals("csv") || format.equals("tsv")) && headerLooksLikeData(loaded.columns())) {
            spec = withoutHeader(spec);
            loaded = SourceReaders.forSource(sourceName, spec).read(engine, file, table, spec);
            evidence += ", no header line (the first line holds numbers or dates)";
        } else if (format.equals("csv") || format.equals("tsv")) {
            evidence += ", header line";
        }
        List<ColumnProfile> profiles = profiler.profile(table, loaded.columns());
        Set<String> markers = new TreeSet<>();
        profiles.forEach(p -> markers.addAll(p.nullMarkers().keySet()));
        if (!markers.isEmpty()) {
            spec = withNullValues(spec, List.copyOf(markers));
            evidence += ", missing values written as " + String.join(", ", markers);
        }
        List<ColumnMatch> columns = profiles.stream().map(FileProber::match).toList();
        return new ProbedFile(sourceName, spec, table, loaded.rowsLoaded(), evidence, columns);
    }

    /** The meaning a column's name suggests, when its values fit it; the first meaning wins a tie. */
    static ColumnMatch match(ColumnProfile profile) {
        ValueFormat format = ValueFormat.of(profile);
        Meaning best = null;
        int bestTier = 0;
        String contradiction = null;
        for (Meaning meaning : Meaning.values()) {
            int tier = meaning.tier(profile.name(), profile);
            if (tier > 0 && meaning.accepts(format) && (best == null || tier < bestTier)) {
                best = meaning;
                bestTier = tier;
            }
            if (contradiction == null) {
                contradiction = meaning.contradiction(profile.name(), profile);
            }
        }
        double confidence = best == null ? 0 : bestTier == 1 ? 0.95 : 0.75;
        return new ColumnMatch(
                profile.name(),
                format,
                best,
                bestTier,
                confidence,
                profile.distinct(),
                profile.values(),
                contradiction);
    }

    private static boolean headerLooksLikeData(List<String> names) {
        long dataLike = names.stream()
                .filter(n -> n.trim().matches("[+-]?[$€£]?\\d+([.,]\\d+)*|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}"))
                .count();
        return dataLike * 2 >= names.size();
    }

    private static SourceSpec withoutHeader(SourceSpec s) {
        return s.toBuilder().header(false).build();
    }

    private static SourceSpec withNullValues(SourceSpec s, List<String> markers) {
        return s.toBuilder().nullValues(markers).build();
    }

    private static String uniqueName(String relative, Set<String> taken) {
        String stem = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = stem.indexOf('.');
        String base = (dot < 0 ? stem : stem.substring(0, dot))
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "source_" + base;
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
