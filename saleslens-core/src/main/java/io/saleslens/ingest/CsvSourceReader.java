package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.spec.SourceSpec;
import java.nio.file.Path;

/** Delimited text files (CSV, TSV, semicolon-separated) in the dialect the source spec states. */
final class CsvSourceReader implements SourceReader {

    @Override
    public boolean canRead(String format) {
        return format.equals("csv") || format.equals("tsv");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        CsvFormat format = CsvFormat.DEFAULT;
        if (source.format().equals("tsv")) {
            format = format.withDelimiter('\t');
        }
        if (source.delimiter() != null && !source.delimiter().isEmpty()) {
            format = format.withDelimiter(source.delimiter().equals("\\t") ? '\t' : source.delimiter().charAt(0));
        }
        if (source.encoding() != null) {
            format = format.withEncoding(source.encoding());
        }
        return engine.loadCsv(bronzeTable, file, format);
    }
}
