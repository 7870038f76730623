package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One input: a file relative to the data folder, or a database table read through JDBC, with the options of its kind.
 * Built in code with {@link #file}, {@link #table} or {@link #builder}, which name only what they set.
 *
 * @param format csv, tsv, parquet, jsonl, xlsx or jdbc
 * @param csv the dialect of a delimited text file
 * @param xlsx the sheet of a workbook
 * @param jdbc the database table, or null for a file
 * @param key the business key shown beside a quarantined or repaired row: a column or SQL over the raw columns
 * @param nullValues texts that mean "missing" in this source, such as NULL, NA or n/a (compared after trimming)
 * @param aliases a column the spec reads, to the other names exports give it (Opportunity Owner: [Owner]): when the
 *     file lacks the column, the first alias it has is read under the spec's name
 * @param optional columns the spec reads when the file has them; a file without one reads it as blank on every line
 */
public record SourceSpec(
        String path,
        String format,
        CsvOptions csv,
        XlsxOptions xlsx,
        JdbcOptions jdbc,
        String key,
        List<String> nullValues,
        Map<String, List<String>> aliases,
        List<String> optional) {

    public static final List<String> FORMATS = List.of("csv", "tsv", "parquet", "jsonl", "xlsx", "jdbc");

    public SourceSpec {
        requireNonNull(csv, "csv is null");
        requireNonNull(xlsx, "xlsx is null");
        requireLocation(path, jdbc);
        format = jdbc != null ? "jdbc" : format == null ? formatOf(path) : format.toLowerCase(Locale.ROOT);
        if (format.equals("json") || format.equals("ndjson")) {
            format = "jsonl";
        }
        nullValues = nullValues == null ? List.of() : List.copyOf(nullValues);
        var copiedAliases = new LinkedHashMap<String, List<String>>();
        if (aliases != null) {
            aliases.forEach(
                    (column, names) -> copiedAliases.put(column, names == null ? List.of() : List.copyOf(names)));
        }
        aliases = Collections.unmodifiableMap(copiedAliases);
        optional = optional == null ? List.of() : List.copyOf(optional);
    }

    /** A file source, its format taken from the extension unless the builder sets one. */
    public static Builder file(String path) {
        return builder().path(path);
    }

    /** A database table read through JDBC. */
    public static Builder table(String jdbcUrl, String table) {
        return builder().jdbc(jdbcUrl).table(table);
    }

    /** A builder with the keys of a source's YAML; {@link Builder#build} checks them as the spec loader does. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this source's settings, to change some of them. */
    public Builder toBuilder() {
        Builder builder = builder()
                .path(path)
                .format(format)
                .delimiter(csv.delimiter())
                .encoding(csv.encoding())
                .quote(csv.quote())
                .header(csv.header())
                .sheet(xlsx.sheet())
                .key(key)
                .nullValues(nullValues)
                .aliases(aliases)
                .optional(optional);
        if (jdbc != null) {
            builder.jdbc(jdbc.url())
                    .table(jdbc.table())
                    .user(jdbc.user())
                    .userEnv(jdbc.userEnv())
                    .passwordEnv(jdbc.passwordEnv());
        }
        return builder;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SourceSpec fromYaml(SourceSpecYaml yaml) {
        return yaml.toSourceSpec();
    }

    /** The source in the YAML's flat shape, as the manifest records it. */
    @JsonValue
    SourceSpecYaml toYaml() {
        return SourceSpecYaml.of(this);
    }

    /** The same source read from another file. */
    public SourceSpec withPath(String otherPath) {
        return toBuilder().path(otherPath).build();
    }

    public boolean isJdbc() {
        return jdbc != null;
    }

    /** Whether the path is a glob ({@code sales/*.csv}): every matching file is read as one source. */
    public boolean isGlob() {
        return !isJdbc() && isGlob(path);
    }

    /** Whether a path holds a glob's special characters. */
    public static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The source's name in reports and files: the file name without its extension, or the table name. A glob's stem is
     * its file pattern without the wildcards ({@code sales_*.csv} gives {@code sales}), else its folder's name
     * ({@code sales/*.csv} gives {@code sales}), so the name is usable as a file name.
     */
    public String fileStem() {
        if (isJdbc()) {
            return jdbc.table();
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.indexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        if (!isGlob(path)) {
            return stem;
        }
        String plain = stem.replaceAll("[*?\\[\\]{},]", "").replaceAll("^[-_. ]+|[-_. ]+$", "");
        if (!plain.isEmpty()) {
            return plain;
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String folderName = folder.substring(folder.lastIndexOf('/') + 1).replaceAll("[*?\\[\\]{},]", "");
        return folderName.isEmpty() ? "source" : folderName;
    }

    /** Where the rows come from, for messages: the path, or the table and URL. */
    public String location() {
        return isJdbc() ? jdbc.location() : path;
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

    private static void requireLocation(String path, JdbcOptions jdbc) {
        if (jdbc == null && (path == null || path.isBlank())) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "a source needs a path (or 'jdbc' and 'table')");
        }
    }

    /** The settings of a source by their YAML keys; each kind's options record is made from its keys. */
    public static final class Builder {
        private String path;
        private String format;
        private String delimiter;
        private String encoding;
        private String quote;
        private Boolean header;
        private String sheet;
        private String jdbc;
        private String table;
        private String user;
        private String userEnv;
        private String passwordEnv;
        private String key;
        private List<String> nullValues;
        private Map<String, List<String>> aliases;
        private List<String> optional;

        private Builder() {}

        public Builder path(String path) {
            this.path = path;
            return this;
        }

        public Builder format(String format) {
            this.format = format;
            return this;
        }

        public Builder delimiter(String delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        public Builder encoding(String encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder quote(String quote) {
            this.quote = quote;
            return this;
        }

        public Builder header(Boolean header) {
            this.header = header;
            return this;
        }

        public Builder sheet(String sheet) {
            this.sheet = sheet;
            return this;
        }

        /** The JDBC URL: the source is then {@link #table} in that database. */
        public Builder jdbc(String jdbc) {
            this.jdbc = jdbc;
            return this;
        }

        public Builder table(String table) {
            this.table = table;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder userEnv(String userEnv) {
            this.userEnv = userEnv;
            return this;
        }

        public Builder passwordEnv(String passwordEnv) {
            this.passwordEnv = passwordEnv;
            return this;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder nullValues(List<String> nullValues) {
            this.nullValues = nullValues;
            return this;
        }

        public Builder aliases(Map<String, List<String>> aliases) {
            this.aliases = aliases;
            return this;
        }

        public Builder optional(List<String> optional) {
            this.optional = optional;
            return this;
        }

        public SourceSpec build() {
            JdbcOptions jdbcOptions = jdbc == null ? null : new JdbcOptions(jdbc, table, user, userEnv, passwordEnv);
            // Checked before the dialect, so a spec with both mistakes hears about the missing path first, as it always
            // has.
            requireLocation(path, jdbcOptions);
            return new SourceSpec(
                    path,
                    format,
                    new CsvOptions(delimiter, encoding, quote, header),
                    new XlsxOptions(sheet),
                    jdbcOptions,
                    key,
                    nullValues,
                    aliases,
                    optional);
        }
    }
}
