package io.saleslens.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test of the module: starting Spark costs seconds, a test only a query. */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            Path warehouse;
            try {
                warehouse = Files.createTempDirectory("saleslens-spark-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("saleslens-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "1")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.adaptive.coalescePartitions.enabled", "true")
                    .config("spark.sql.catalogImplementation", "in-memory")
                    .config(
                            "spark.sql.warehouse.dir",
                            warehouse.resolve("warehouse").toUri().toString())
                    .config("spark.local.dir", warehouse.resolve("local").toString())
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    static SparkEngine engine() {
        return new SparkEngine(session(), false);
    }
}
