package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A database table read through JDBC (PostgreSQL's driver ships with SalesLens). Rows arrive in batches
 * through a server-side cursor (auto-commit off, a fetch size) and are streamed into a staging CSV that
 * the engine loads, so the JVM never holds the table. {@code _line} is the row's number in the result.
 */
final class JdbcSourceReader implements SourceReader {
    static final int FETCH_SIZE = 10_000;

    private final Function<String, String> environment;

    JdbcSourceReader() {
        this(System::getenv);
    }

    JdbcSourceReader(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public boolean canRead(String format) {
        return format.equals("jdbc");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        String origin = "source table " + source.jdbc().table();
        try (Connection connection = DriverManager.getConnection(source.jdbc().url(), credentials(source));
                StagingCsv staging = new StagingCsv(bronzeTable)) {
            connection.setAutoCommit(false);
            try (Statement statement =
                    connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery(
                        "SELECT * FROM " + quotedName(source.jdbc().table()))) {
                    ResultSetMetaData meta = rows.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnLabel(i));
                    }
                    staging.header(names);
                    long number = 0;
                    List<String> values = new ArrayList<>(names.size());
                    while (rows.next()) {
                        values.clear();
                        for (int i = 1; i <= names.size(); i++) {
                            values.add(rows.getString(i));
                        }
                        staging.row(++number, values);
                    }
                }
            }
            connection.rollback();
            return staging.load(engine, bronzeTable, origin);
        } catch (SQLException e) {
            throw new SalesLensException(
                    codeOf(e),
                    origin + " at " + source.jdbc().url() + ": cannot be read (" + firstLine(e.getMessage())
                            + "); check the URL, the table name and the credentials",
                    e);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
    }

    /**
     * A database that does not answer (SQL state class 08, a connection exception) is an external failure that a retry
     * may cure; a wrong table, password or driver URL is the user's to fix.
     */
    static ErrorCode codeOf(SQLException e) {
        boolean connection = e.getSQLState() != null
                && e.getSQLState().startsWith("08")
                && !String.valueOf(e.getMessage()).startsWith("No suitable driver");
        return connection ? ErrorCode.DATABASE_UNAVAILABLE : ErrorCode.SOURCE_UNREADABLE;
    }

    private Properties credentials(SourceSpec source) {
        Properties properties = new Properties();
        String user = source.jdbc().userEnv() != null
                ? required(source.jdbc().userEnv(), source)
                : source.jdbc().user();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (source.jdbc().passwordEnv() != null) {
            properties.setProperty("password", required(source.jdbc().passwordEnv(), source));
        }
        return properties;
    }

    private String required(String variable, SourceSpec source) {
        String value = environment.apply(variable);
        if (value == null) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "source table " + source.jdbc().table() + ": environment variable " + variable
                            + " is not set; set it to the database "
                            + (variable.equals(source.jdbc().userEnv()) ? "user" : "password"));
        }
        return value;
    }

    /** schema.table with each part quoted, so names keep their case and cannot inject SQL. */
    static String quotedName(String table) {
        return Arrays.stream(table.split("\\.", -1))
                .map(part -> '"' + part.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining("."));
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse(message);
    }
}
