package io.saleslens.ingest;

import static io.saleslens.error.SalesLensException.userError;

import java.util.List;

/** The readers SalesLens knows, chosen by a source's format. */
public final class SourceReaders {
    private static final List<SourceReader> READERS = List.of(new CsvSourceReader());

    private SourceReaders() {}

    public static SourceReader forFormat(String sourceName, String format) {
        return READERS.stream()
                .filter(reader -> reader.canRead(format))
                .findFirst()
                .orElseThrow(() -> userError("source '" + sourceName + "': unknown format '" + format + "' (use csv or tsv)"));
    }
}
