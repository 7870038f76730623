package io.saleslens.ingest;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.nio.file.Path;
import java.util.List;

/** The readers SalesLens knows, chosen by a source's format. */
public final class SourceReaders {
    private static final List<SourceReader> READERS = List.of(
            new CsvSourceReader(),
            new ParquetSourceReader(),
            new JsonLinesSourceReader(),
            new XlsxSourceReader(),
            new JdbcSourceReader());

    private SourceReaders() {}

    public static SourceReader forFormat(String sourceName, String format) {
        return READERS.stream()
                .filter(reader -> reader.canRead(format))
                .findFirst()
                .orElseThrow(() -> new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "source '" + sourceName + "': unknown format '" + format + "' (use "
                                + String.join(", ", SourceSpec.FORMATS) + ")"));
    }

    /** A user error about {@code file} that names it as the spec does ({@code path}, relative to the data folder). */
    static SalesLensException namingSpecPath(SalesLensException e, Path file, String path) {
        String message = e.getMessage();
        if (e.category() != ErrorCategory.USER_ERROR || !message.contains(file.toString())) {
            return e;
        }
        return new SalesLensException(e.code(), message.replace(file.toString(), path), e);
    }

    /** The reader for a source: by its format, and for delimited text by the dialect options it uses. */
    public static SourceReader forSource(String sourceName, SourceSpec source) {
        if ((source.format().equals("csv") || source.format().equals("tsv")) && DelimitedTextReader.needed(source)) {
            return new DelimitedTextReader();
        }
        return forFormat(sourceName, source.format());
    }
}
