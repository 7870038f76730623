package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.error.SalesLensException;
import java.nio.charset.Charset;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.spec.SourceSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Delimited text files (CSV, TSV, semicolon-separated) in the dialect the source spec states. */
final class CsvSourceReader implements SourceReader {

    @Override
    public boolean canRead(String format) {
        return format.equals("csv") || format.equals("tsv");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        char quote = "none".equals(source.quote()) ? 0 : (source.quote() == null || source.quote().isEmpty() ? '"' : source.quote().charAt(0));
        String delimiter = source.delimiter() != null && !source.delimiter().isEmpty() ? source.delimiter()
                : source.format().equals("tsv") ? "\\t" : null;
        SniffedCsv sniffed = CsvSniffer.sniff(file, delimiter, source.encoding(), quote);
        CsvFormat format = CsvFormat.DEFAULT.withDelimiter(sniffed.delimiter()).withEncoding(sniffed.encoding())
                .withQuote(quote).withColumns(sniffed.columns());
        Map<String, Object> dialect = new LinkedHashMap<>();
        LoadedTable loaded = load(engine, file, bronzeTable, format, dialect);
        dialect.put("encoding", sniffed.encoding());
        dialect.put("delimiter", String.valueOf(sniffed.delimiter()));
        dialect.put("byte_order_mark", sniffed.bom());
        if (!sniffed.encoding().equals("utf-8")) {
            // Bytes that were not UTF-8 were decoded in the detected single-byte encoding: count the rows that hold any such character.
            String anyColumn = loaded.columns().stream().map(c -> "coalesce(" + engine.dialect().quote(c) + ", '')")
                    .collect(Collectors.joining(" || "));
            dialect.put("rows_decoded_from_" + sniffed.encoding(), engine.queryLong("SELECT count(*) FROM " + bronzeTable
                    + " WHERE " + engine.dialect().matches(anyColumn, "(?s).*[^\\x00-\\x7F].*")));
        }
        return loaded.withDialect(dialect);
    }

    private static LoadedTable load(Engine engine, Path file, String bronzeTable, CsvFormat format, Map<String, Object> dialect) {
        Charset charset = DelimitedTextReader.charset(file, format.encoding());
        if (!engine.readsCsvEncoding(format.encoding())) {
            try (Utf8Copy copy = Utf8Copy.of(file, charset)) {
                return engine.loadCsv(bronzeTable, copy.file(), format.withEncoding("utf-8"));
            }
        }
        try {
            return engine.loadCsv(bronzeTable, file, format);
        } catch (SalesLensException e) {
            if (!LineEndings.areMixed(file, charset)) {
                throw e;
            }
            dialect.put("line_endings", "mixed CR LF and LF, read as LF");
            try (Utf8Copy copy = Utf8Copy.withLineFeeds(file, charset)) {
                return engine.loadCsv(bronzeTable, copy.file(), format.withEncoding("utf-8"));
            }
        }
    }
}
