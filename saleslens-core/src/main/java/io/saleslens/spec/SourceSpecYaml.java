package io.saleslens.spec;

import java.util.List;
import java.util.Map;

/**
 * A source as the spec's YAML writes it: one flat mapping whatever the source's kind. The manifest records every
 * source in this shape too, and the run id hashes it, so it stays as it was: {@code jdbc} is written as whether the
 * source is a database table ({@link #isJdbc}), not as its URL.
 */
record SourceSpecYaml(
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

    static SourceSpecYaml of(SourceSpec source) {
        CsvOptions csv = source.csv();
        JdbcOptions jdbc = source.jdbc();
        return new SourceSpecYaml(
                source.path(),
                source.format(),
                csv.delimiter(),
                csv.encoding(),
                csv.quote(),
                csv.header(),
                source.nullValues(),
                source.xlsx().sheet(),
                jdbc == null ? null : jdbc.url(),
                jdbc == null ? null : jdbc.table(),
                jdbc == null ? null : jdbc.user(),
                jdbc == null ? null : jdbc.userEnv(),
                jdbc == null ? null : jdbc.passwordEnv(),
                source.key(),
                source.aliases(),
                source.optional());
    }

    public boolean isJdbc() {
        return jdbc != null;
    }

    SourceSpec toSourceSpec() {
        return SourceSpec.builder()
                .path(path)
                .format(format)
                .delimiter(delimiter)
                .encoding(encoding)
                .quote(quote)
                .header(header)
                .nullValues(nullValues)
                .sheet(sheet)
                .jdbc(jdbc)
                .table(table)
                .user(user)
                .userEnv(userEnv)
                .passwordEnv(passwordEnv)
                .key(key)
                .aliases(aliases)
                .optional(optional)
                .build();
    }
}
