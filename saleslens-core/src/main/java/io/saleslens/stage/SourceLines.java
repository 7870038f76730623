package io.saleslens.stage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A bronze {@code _line} as the user knows it: for a glob source, the file it is in and its line there (see {@link
 * SourceFiles#LINES_PER_FILE}); for any other source, the line itself. Holds one entry per file, never rows.
 */
public final class SourceLines {
    private final Map<String, NavigableMap<Long, String>> filesBySource;

    private SourceLines(Map<String, NavigableMap<Long, String>> filesBySource) {
        this.filesBySource = filesBySource;
    }

    /** The files of the glob sources among {@code sources}, as ingest listed them. */
    public static SourceLines of(Engine engine, Collection<String> sources) {
        Map<String, NavigableMap<Long, String>> files = new HashMap<>();
        for (String source : sources) {
            String table = Tables.bronzeFiles(source);
            if (!engine.tableExists(table)) {
                continue;
            }
            NavigableMap<Long, String> bases = new TreeMap<>();
            engine.query("SELECT path, line_base FROM " + table)
                    .forEach(row -> bases.put(((Number) row.get("line_base")).longValue(), (String) row.get("path")));
            files.put(source, bases);
        }
        return new SourceLines(files);
    }

    /** Puts the line of {@code source} into {@code node}: {@code file} and {@code line} for a glob, else {@code line}. */
    public ObjectNode put(ObjectNode node, String source, long line) {
        NavigableMap<Long, String> bases = filesBySource.get(source);
        Map.Entry<Long, String> file = bases == null ? null : bases.floorEntry(line);
        if (file == null) {
            return node.put("line", line);
        }
        return node.put("file", file.getValue()).put("line", line - file.getKey());
    }
}
