package io.saleslens.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Plain JDBC connections for the packages that keep their own database (the run history). A {@code jdbc:duckdb:} URL
 * goes through the same driver as the engine, so a process loads DuckDB's native library once.
 */
public final class JdbcConnections {
    private static final String DUCKDB_PREFIX = "jdbc:duckdb:";

    private JdbcConnections() {}

    public static Connection open(String url, Properties properties) throws SQLException {
        if (url.startsWith(DUCKDB_PREFIX)) {
            return DuckDbNativeLibrary.connect(url, properties);
        }
        return DriverManager.getConnection(url, properties);
    }
}
