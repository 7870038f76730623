package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One input: a file relative to the data folder, or a database table read through JDBC, with its dialect.
 *
 * @param format csv, tsv, parquet, jsonl, xlsx or jdbc; null takes it from the file extension (csv otherwise)
 * @param delimiter field separator; null lets the reader detect it from the header line
 * @param encoding file encoding; null lets the reader detect UTF-8 or Latin-1 from the first bytes
 * @param quote quote character of a delimited file; null means a double quote, "none" reads quotes as ordinary characters
 * @param header whether a delimited file's first line names the columns; null means it does
 * @param nullValues texts that mean "missing" in this source, such as NULL, NA or n/a (compared after trimming)
 * @param sheet the XLSX sheet to read; null means the first
 * @param jdbc a JDBC URL such as jdbc:postgresql://host/db; the source is then {@code table} in that database
 * @param user the database user, or null
 * @param userEnv an environment variable holding the database user, or null
 * @param passwordEnv an environment variable holding the database password, or null
 * @param key the business key shown beside a quarantined or repaired row: a column or SQL over the raw columns
 * @param aliases a column the spec reads, to the other names exports give it (Opportunity Owner: [Owner]): when the
 *     file lacks the column, the first alias it has is read under the spec's name
 * @param optional columns the spec reads when the file has them; a file without one reads it as blank on every line
 */
public record SourceSpec(
        String path,
        String format,
        String delimiter,
        String encoding,
        String quote,
        Boolean header,
        List<String> nullValues,
        String sheet,
        String jdbc,
        String table,
        String user,
        String userEnv,
        String passwordEnv,
        String key,
        Map<String, List<String>> aliases,
        List<String> optional) {

    public static final List<String> FORMATS = List.of("csv", "tsv", "parquet", "jsonl", "xlsx", "jdbc");

    public SourceSpec {
        if (jdbc != null) {
            if (table == null || table.isBlank()) {
                throw new SalesLensException(ErrorCode.SPEC_INVALID, "a jdbc source needs a 'table'");
            }
            format = "jdbc";
        } else if (path == null || path.isBlank()) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "a source needs a path (or 'jdbc' and 'table')");
        }
        format = format == null ? formatOf(path) : format.toLowerCase(Locale.ROOT);
        if (format.equals("json") || format.equals("ndjson")) {
            format = "jsonl";
        }
        if (quote != null && quote.length() != 1 && !quote.equals("none")) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "quote must be one character or 'none', not '" + quote + "'");
        }
        nullValues = nullValues == null ? List.of() : List.copyOf(nullValues);
        var copiedAliases = new LinkedHashMap<String, List<String>>();
        if (aliases != null) {
            aliases.forEach((column, names) -> copiedAliases.put(column, names == null ? List.of() : List.copyOf(names)));
        }
        aliases = Collections.unmodifiableMap(copiedAliases);
        optional = optional == null ? List.of() : List.copyOf(optional);
    }

    /** A source with a business key and without aliases or optional columns. */
    public SourceSpec(String path, String format, String delimiter, String encoding, String quote, Boolean header,
            List<String> nullValues, String sheet, String jdbc, String table, String user, String userEnv, String passwordEnv,
            String key) {
        this(path, format, delimiter, encoding, quote, header, nullValues, sheet, jdbc, table, user, userEnv, passwordEnv, key,
                null, null);
    }

    /** A delimited file source in the original four-field form. */
    public SourceSpec(String path, String format, String delimiter, String encoding) {
        this(path, format, delimiter, encoding, null, null, null, null, null, null, null, null, null, null);
    }

    /** A source without a business key, as inference and older code build it. */
    public SourceSpec(String path, String format, String delimiter, String encoding, String quote, Boolean header,
            List<String> nullValues, String sheet, String jdbc, String table, String user, String userEnv, String passwordEnv) {
        this(path, format, delimiter, encoding, quote, header, nullValues, sheet, jdbc, table, user, userEnv, passwordEnv, null);
    }

    /** The same source read from another file. */
    public SourceSpec withPath(String otherPath) {
        return new SourceSpec(otherPath, format, delimiter, encoding, quote, header, nullValues, sheet, jdbc, table, user, userEnv,
                passwordEnv, key, aliases, optional);
    }

    public boolean isJdbc() {
        return jdbc != null;
    }

    /** Whether the first line names the columns (delimited files). */
    public boolean hasHeader() {
        return header == null || header;
    }

    /** The source's name in reports and files: the file name without its extension, or the table name. */
    public String fileStem() {
        if (isJdbc()) {
            return table;
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** Where the rows come from, for messages: the path, or the table and URL. */
    public String location() {
        return isJdbc() ? table + " (" + jdbc + ")" : path;
    }

    /** The format a file's extension implies: parquet, jsonl, xlsx, tsv, else csv (also for .csv.gz). */
    public static String formatOf(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".parquet")) {
            return "parquet";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return "jsonl";
        }
        if (name.endsWith(".xlsx")) {
            return "xlsx";
        }
        return name.endsWith(".tsv") || name.endsWith(".tab") ? "tsv" : "csv";
    }
}
