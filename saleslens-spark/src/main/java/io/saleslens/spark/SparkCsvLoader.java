package io.saleslens.spark;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Loads a CSV file into Spark with the line number of every row. Spark's CSV reader cannot tell line
 * numbers, so the file is read as text lines, numbered with {@code zipWithIndex} (the position in the
 * file, whatever the partitioning), and the number is put in front of each line as one more field
 * before Spark's CSV parser splits it. Rows that do not split into the header's columns land in the
 * corrupt-record column (PERMISSIVE mode) and become {@code <table>_rejected}.
 *
 * <p>Limits: the file must be UTF-8, and a quoted field may not span lines (each physical line is one
 * record; a record split over lines is rejected line by line).
 */
final class SparkCsvLoader {
    private static final String LINE = "_line_text";
    private static final String CORRUPT = "_corrupt_record";

    private final SparkEngine engine;
    private final SparkSession spark;
    private final SqlDialect sql;

    SparkCsvLoader(SparkEngine engine) {
        this.engine = engine;
        this.spark = engine.session();
        this.sql = engine.dialect();
    }

    LoadedTable load(String table, Path file, CsvFormat format) {
        if (!format.encoding().replace("-", "").equalsIgnoreCase("utf8")) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_UNREADABLE,
                    file + ": the Spark engine reads UTF-8 files only (this source is " + format.encoding()
                            + "); convert the file or run with --engine duckdb");
        }
        JavaRDD<String> lines =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(SparkEngine.hadoopPath(file));
        List<String> header = header(file, lines, format);
        String delimiter = String.valueOf(format.delimiter());
        long firstDataIndex = format.header() ? 1 : 0;
        JavaRDD<String> numbered = lines.zipWithIndex()
                .filter(line -> line._2() >= firstDataIndex && !line._1().isBlank())
                .map(line -> (line._2() + 1) + delimiter + line._1());

        StructType schema = new StructType().add(LINE, DataTypes.StringType);
        for (String column : header) {
            schema = schema.add(column, DataTypes.StringType);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType);
        Dataset<Row> parsed = reader(format)
                .schema(schema)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .csv(spark.createDataset(numbered.rdd(), Encoders.STRING()));

        String suffix = table.replace('.', '_');
        String parsedView = suffix + "_parsed";
        String stored = "work." + suffix + "_parsed";
        parsed.createOrReplaceTempView(parsedView);
        engine.execute(sql.createTable(stored, "SELECT * FROM " + parsedView));
        spark.catalog().dropTempView(parsedView);

        String columnList = header.stream().map(sql::quote).collect(Collectors.joining(", "));
        engine.execute(sql.createTable(
                table,
                "SELECT " + columnList + ", CAST(" + LINE + " AS BIGINT) AS _line FROM " + stored + " WHERE " + CORRUPT
                        + " IS NULL"));
        String rejectedTable = table + "_rejected";
        engine.execute(sql.createTable(
                rejectedTable,
                "SELECT CAST(regexp_extract(" + CORRUPT + ", '^([0-9]+)', 1) AS BIGINT) AS _line,"
                        + " 'malformed CSV record: not " + header.size() + " fields, or a broken quote' AS reason,"
                        + " substring(" + CORRUPT + ", length(regexp_extract(" + CORRUPT
                        + ", '^([0-9]+)', 1)) + 2) AS raw FROM " + stored
                        + " WHERE " + CORRUPT + " IS NOT NULL"));
        var counts = engine.query("SELECT coalesce(sum(CASE WHEN " + CORRUPT
                        + " IS NULL THEN 1 ELSE 0 END), 0) AS loaded," + " coalesce(sum(CASE WHEN " + CORRUPT
                        + " IS NULL THEN 0 ELSE 1 END), 0) AS rejected FROM " + stored)
                .get(0);
        List<String> columns = new ArrayList<>(header);
        columns.add("_line");
        return new LoadedTable(
                table,
                columns,
                ((Number) counts.get("loaded")).longValue(),
                ((Number) counts.get("rejected")).longValue());
    }

    private DataFrameReader reader(CsvFormat format) {
        String quote = String.valueOf(format.quote());
        return spark.read()
                .option("header", "false")
                .option("sep", String.valueOf(format.delimiter()))
                .option("quote", quote)
                .option("escape", quote)
                .option("nullValue", "");
    }

    /** The column names: the header line parsed with the same CSV options, or column0, column1, ... without one. */
    private List<String> header(Path file, JavaRDD<String> lines, CsvFormat format) {
        List<String> first = lines.take(1);
        if (first.isEmpty()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED, file + ": the file is empty; a source needs at least a header line");
        }
        String headerLine = first.get(0).replace("\uFEFF", "");
        Row names = reader(format)
                .csv(spark.createDataset(List.of(headerLine), Encoders.STRING()))
                .first();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < names.length(); i++) {
            header.add(
                    format.header() && names.get(i) != null ? names.getString(i).trim() : "column" + i);
        }
        return header;
    }
}
