package io.saleslens.spark;

import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Loads Parquet and JSON-lines files as bronze: every column cast to text, plus {@code _line}, the
 * record's position in the file (from 1), numbered with {@code zipWithIndex} in read order. These
 * formats have no malformed-row rejects, so the rejected table is empty.
 */
final class SparkColumnarLoader {
    private final SparkEngine engine;
    private final SqlDialect sql;

    SparkColumnarLoader(SparkEngine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    LoadedTable load(String table, Dataset<Row> data) {
        Column[] asText = Arrays.stream(data.columns())
                .map(name -> functions
                        .col("`" + name.replace("`", "``") + "`")
                        .cast("string")
                        .alias(name))
                .toArray(Column[]::new);
        Dataset<Row> text = data.select(asText);
        StructType schema = text.schema().add("_line", DataTypes.LongType);
        JavaRDD<Row> numbered = text.javaRDD().zipWithIndex().map(pair -> {
            Object[] values = new Object[pair._1().length() + 1];
            for (int i = 0; i < pair._1().length(); i++) {
                values[i] = pair._1().get(i);
            }
            values[values.length - 1] = pair._2() + 1;
            return RowFactory.create(values);
        });
        String view = table.replace('.', '_') + "_numbered";
        engine.session().createDataFrame(numbered, schema).createOrReplaceTempView(view);
        engine.execute(sql.createTable(table, "SELECT * FROM " + view));
        engine.session().catalog().dropTempView(view);
        engine.execute(
                sql.createTable(
                        table + "_rejected",
                        "SELECT CAST(NULL AS BIGINT) AS _line, CAST(NULL AS STRING) AS reason, CAST(NULL AS STRING) AS raw WHERE 1 = 0"));
        List<String> columns = new ArrayList<>(List.of(data.columns()));
        columns.add("_line");
        return new LoadedTable(table, columns, engine.queryLong("SELECT count(*) FROM " + table), 0);
    }
}
