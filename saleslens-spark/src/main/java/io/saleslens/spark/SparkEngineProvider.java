package io.saleslens.spark;

import io.saleslens.engine.Engine;
import io.saleslens.engine.EngineProvider;
import io.saleslens.engine.EngineSettings;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code --engine spark}: starts (or, under spark-submit, joins) a Spark session. Without a master from
 * the command line or spark-submit, Spark runs in this process on every core ({@code local[*]}).
 */
public final class SparkEngineProvider implements EngineProvider {
    static final String DEFAULT_MASTER = "local[*]";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Engine open(EngineSettings settings) {
        SparkConf conf = new SparkConf(true).setAppName("saleslens");
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        // On one machine the run's spill folder holds the tables; a cluster sets a shared warehouse with --conf.
        conf.setIfMissing(
                "spark.sql.warehouse.dir",
                settings.spillDirectory().resolve("warehouse").toUri().toString());
        conf.setIfMissing(
                "spark.local.dir", settings.spillDirectory().resolve("local").toString());
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.sql.catalogImplementation", "in-memory");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing(
                    "spark.sql.shuffle.partitions",
                    String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        }
        return new SparkEngine(SparkSession.builder().config(conf).getOrCreate(), true);
    }
}
