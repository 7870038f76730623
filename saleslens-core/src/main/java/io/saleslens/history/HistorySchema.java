package io.saleslens.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history's tables, in SQL that DuckDB and PostgreSQL both take. A run is named by its folder under runs/ (its run
 * id, or {@code <run-id>-2} when two runs got the same id); JSON figures are kept as text.
 */
final class HistorySchema {
    static final List<String> RUN_TABLES = List.of("notifications", "alerts", "check_results", "metric_values", "runs");

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS runs ("
                    + "run VARCHAR NOT NULL PRIMARY KEY, run_id VARCHAR NOT NULL, dataset VARCHAR, spec_origin VARCHAR,"
                    + " status VARCHAR NOT NULL, error_code VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,"
                    + " input_hashes VARCHAR, rows_per_source VARCHAR)",
            "CREATE TABLE IF NOT EXISTS metric_values ("
                    + "run VARCHAR NOT NULL, metric_key VARCHAR NOT NULL, dimension_value VARCHAR NOT NULL,"
                    + " numeric_value DOUBLE PRECISION, date_value VARCHAR)",
            "CREATE TABLE IF NOT EXISTS check_results ("
                    + "run VARCHAR NOT NULL, check_id VARCHAR NOT NULL, failed BIGINT, total BIGINT, passed BOOLEAN)",
            "CREATE TABLE IF NOT EXISTS alerts ("
                    + "run VARCHAR NOT NULL, alert_name VARCHAR NOT NULL, severity VARCHAR, owner VARCHAR,"
                    + " state VARCHAR, figures VARCHAR)",
            "CREATE TABLE IF NOT EXISTS notifications ("
                    + "run VARCHAR NOT NULL, alert_name VARCHAR NOT NULL, channel VARCHAR, target VARCHAR,"
                    + " status VARCHAR, attempts INTEGER, error VARCHAR)",
            // Not a run table: the site's anonymous page view counts, which a rebuild from the run folders keeps.
            "CREATE TABLE IF NOT EXISTS page_views ("
                    + "page VARCHAR NOT NULL, day DATE NOT NULL, views BIGINT NOT NULL, PRIMARY KEY (page, day))");

    private HistorySchema() {}

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        }
    }
}
