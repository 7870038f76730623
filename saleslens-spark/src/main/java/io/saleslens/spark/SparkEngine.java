package io.saleslens.spark;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The pipeline's engine on Spark SQL. Tables are Parquet tables in the session catalog's databases
 * (bronze, silver, gold, quarantine, work) under {@code spark.sql.warehouse.dir}; only query results,
 * which the pipeline keeps to aggregates, come back to the driver.
 */
public final class SparkEngine implements Engine {
    static final List<String> DATABASES = List.of("bronze", "silver", "gold", "quarantine", "work");

    private final SparkSession spark;
    private final boolean ownsSession;
    private final SqlDialect dialect = new SparkDialect();

    /**
     * @param ownsSession true when closing the engine should stop the session (a command-line run);
     *     tests share one session between engines
     */
    public SparkEngine(SparkSession spark, boolean ownsSession) {
        this.spark = requireNonNull(spark, "spark is null");
        this.ownsSession = ownsSession;
        // Runs behave like DuckDB: a failed cast is null, dates parse strictly, and each run starts from empty
        // databases.
        spark.conf().set("spark.sql.ansi.enabled", "false");
        spark.conf().set("spark.sql.legacy.timeParserPolicy", "CORRECTED");
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        for (String database : DATABASES) {
            execute("DROP DATABASE IF EXISTS " + database + " CASCADE");
            execute("CREATE DATABASE " + database);
        }
    }

    SparkSession session() {
        return spark;
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public void execute(String sql) {
        try {
            spark.sql(sql);
        } catch (RuntimeException e) {
            throw failure(sql, e);
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql) {
        try {
            var frame = spark.sql(sql);
            String[] names = frame.columns();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Row row : frame.collectAsList()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < names.length; i++) {
                    values.put(names[i], normalise(row.get(i)));
                }
                rows.add(values);
            }
            return rows;
        } catch (RuntimeException e) {
            throw failure(sql, e);
        }
    }

    @Override
    public boolean tableExists(String table) {
        return spark.catalog().tableExists(table);
    }

    @Override
    public List<String> columns(String table) {
        return List.of(spark.table(table).columns());
    }

    @Override
    public LoadedTable loadCsv(String table, Path file, CsvFormat format) {
        return new SparkCsvLoader(this).load(table, file, format);
    }

    @Override
    public LoadedTable loadParquet(String table, Path file) {
        return new SparkColumnarLoader(this).load(table, spark.read().parquet(hadoopPath(file)));
    }

    @Override
    public LoadedTable loadJsonLines(String table, Path file) {
        return new SparkColumnarLoader(this).load(table, spark.read().json(hadoopPath(file)));
    }

    /** Writes a folder of Parquet part files named {@code target} (Spark writes in parallel, one part per task). */
    @Override
    public void writeParquet(String table, Path target) {
        spark.table(table).write().mode("overwrite").parquet(hadoopPath(target));
    }

    /** Writes one CSV file: the query's result in one partition, its part file renamed to {@code target}. */
    @Override
    public void writeCsv(String sql, Path target) {
        String parts = hadoopPath(target) + ".parts";
        try {
            // Spark's CSV writer trims values and escapes quotes with a backslash unless told otherwise; the files
            // must keep each value as it was (a padded name is the defect a repair row shows) in standard CSV.
            spark.sql(sql)
                    .coalesce(1)
                    .write()
                    .mode("overwrite")
                    .option("header", "true")
                    .option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false")
                    .option("escape", "\"")
                    .csv(parts);
            org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(parts);
            FileSystem files = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus part : files.listStatus(folder)) {
                if (part.getPath().getName().startsWith("part-")) {
                    org.apache.hadoop.fs.Path renamed = new org.apache.hadoop.fs.Path(hadoopPath(target));
                    files.rename(part.getPath(), renamed);
                    // The local file system keeps a checksum file beside each file; the run folder needs none.
                    files.delete(
                            new org.apache.hadoop.fs.Path(renamed.getParent(), "." + renamed.getName() + ".crc"),
                            false);
                }
            }
            files.delete(folder, true);
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED),
                    "cannot write " + target + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * A local path as Hadoop reads it. Not {@code Path.toUri()}: that escapes a '#' in a path as %23,
     * which Hadoop keeps literally in the folder name.
     */
    static String hadoopPath(Path local) {
        return "file://" + local.toAbsolutePath();
    }

    @Override
    public void close() {
        if (ownsSession) {
            spark.stop();
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }

    private static SalesLensException failure(String sql, RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new SalesLensException(
                ErrorCode.ENGINE_FAILED,
                "engine error: " + message.lines().findFirst().orElse(message) + "\n  in SQL: " + sql,
                e);
    }
}
