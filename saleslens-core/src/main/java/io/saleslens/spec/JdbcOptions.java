package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/**
 * A database table read through JDBC.
 *
 * @param url a JDBC URL such as jdbc:postgresql://host/db
 * @param table the table (or schema.table) in that database
 * @param user the database user, or null
 * @param userEnv an environment variable holding the database user, or null
 * @param passwordEnv an environment variable holding the database password, or null
 */
public record JdbcOptions(String url, String table, String user, String userEnv, String passwordEnv) {

    public JdbcOptions {
        requireNonNull(url, "url is null");
        if (table == null || table.isBlank()) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "a jdbc source needs a 'table'");
        }
    }

    /** Where the rows come from, for messages: the table and URL. */
    public String location() {
        return table + " (" + url + ")";
    }
}
