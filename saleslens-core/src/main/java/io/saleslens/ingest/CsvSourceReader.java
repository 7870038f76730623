package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
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
        LoadedTable loaded;
        if (DelimitedTextReader.needsRecoding(sniffed.encoding())) {
            try (Utf8Copy copy = Utf8Copy.of(file, DelimitedTextReader.charset(file, sniffed.encoding()))) {
                loaded = engine.loadCsv(bronzeTable, copy.file(), format.withEncoding("utf-8"));
            }
        } else {
            loaded = engine.loadCsv(bronzeTable, file, format);
        }
        Map<String, Object> dialect = new LinkedHashMap<>();
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
}
