package io.saleslens.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One list written from hand-made engine tables: spreadsheet-safe CSV cells, raw Parquet values, the holdout share. */
class AudienceFilesTest {
    private static final AudienceSelection EVERY_SEGMENT_A =
            new AudienceSelection("r.segment = 'A'", "concat('in ', r.segment)", "segment A", List.of("A"));

    @TempDir
    Path dir;

    private DuckDbEngine engine;

    @BeforeEach
    void tables() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
        engine.execute("CREATE TABLE gold.dim_customer AS SELECT * FROM (VALUES"
                + " ('=HYPERLINK(\"http://x\")', '+C1', 'Ann', '@Lee'), ('c2', '-12.5', '-Bob', 'Ray'),"
                + " ('c2', '-12.5', '-Bob', 'Ray'), ('c3', NULL, NULL, NULL))"
                + " AS t(customer_id, customer_number, first_name, last_name)");
        engine.execute("CREATE TABLE work.order_facts AS SELECT * FROM (VALUES"
                + " ('o1', '=HYPERLINK(\"http://x\")', DATE '2024-01-05', 10.0),"
                + " ('o2', 'c2', DATE '2024-02-01', 20.0), ('o3', 'c3', DATE '2024-03-01', 30.0))"
                + " AS t(order_number, customer_id, order_date, revenue)");
        engine.execute("CREATE TABLE work.rfm_customers AS SELECT * FROM (VALUES"
                + " ('=HYPERLINK(\"http://x\")', 56, 1, 10.0, 1, 1, 1, 'A'), ('c2', 29, 1, 20.0, 2, 1, 2, 'A'),"
                + " ('c3', 0, 1, 30.0, 5, 1, 3, 'B'))"
                + " AS t(customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, segment)");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void csvCellsASpreadsheetWouldRunAreWrittenAsTextWhileParquetKeepsTheRawValues() throws Exception {
        Audience audience =
                new AudienceFiles(engine).write("test-list", EVERY_SEGMENT_A, new HoldoutSplit("s", 0), dir);

        assertThat(audience).isEqualTo(new Audience("test-list", 2, 2, 0));
        assertThat(Files.readAllLines(dir.resolve("test-list.csv")))
                .containsExactly(
                        String.join(",", AudienceFiles.COLUMNS),
                        "c2,-12.5,'-Bob Ray,A,2,1,2,2024-02-01,20.0,in A",
                        "\"'=HYPERLINK(\"\"http://x\"\")\",'+C1,Ann @Lee,A,1,1,1,2024-01-05,10.0,in A");
        assertThat(Files.readAllLines(dir.resolve("test-list.holdout.csv")))
                .containsExactly(String.join(",", AudienceFiles.COLUMNS));
        List<Map<String, Object>> raw = engine.query("SELECT customer_id, customer_number, name FROM read_parquet('"
                + dir.resolve("test-list.parquet") + "') ORDER BY revenue");
        assertThat(raw.get(0))
                .containsEntry("customer_id", "=HYPERLINK(\"http://x\")")
                .containsEntry("customer_number", "+C1")
                .containsEntry("name", "Ann @Lee");
    }

    @Test
    void theHoldoutIsAboutTheSharedAskedForAndTheSameForTheSameSeed() {
        engine.execute(
                "CREATE OR REPLACE TABLE work.rfm_customers AS SELECT 'k' || i AS customer_id, 10 AS recency_days,"
                        + " 1 AS frequency, 5.0 AS monetary, 1 AS r_score, 1 AS f_score, 1 AS m_score, 'A' AS segment"
                        + " FROM range(20000) t(i)");
        engine.execute("CREATE OR REPLACE TABLE gold.dim_customer AS SELECT customer_id, NULL AS first_name"
                + " FROM work.rfm_customers");
        AudienceFiles files = new AudienceFiles(engine);

        Audience quarter = files.write("many", EVERY_SEGMENT_A, new HoldoutSplit("1a2b3c4d", 0.25), dir);
        long firstHoldout = holdoutChecksum();
        Audience again = files.write("many", EVERY_SEGMENT_A, new HoldoutSplit("1a2b3c4d", 0.25), dir);

        assertThat(quarter.customers()).isEqualTo(20_000);
        // Binomial(20,000, 0.25): a standard deviation of 61 customers; 5,000 +- 400 is more than six of them.
        assertThat(quarter.holdout()).isBetween(4_600L, 5_400L);
        assertThat(again).isEqualTo(quarter);
        assertThat(holdoutChecksum()).isEqualTo(firstHoldout);
        Audience otherSeed = files.write("many", EVERY_SEGMENT_A, new HoldoutSplit("99999999", 0.25), dir);
        assertThat(holdoutChecksum()).isNotEqualTo(firstHoldout);
        assertThat(otherSeed.customers()).isEqualTo(20_000);
    }

    private long holdoutChecksum() {
        return engine.queryLong("SELECT sum(hash(customer_id)) % 1000000007 FROM read_csv('"
                + dir.resolve("many.holdout.csv") + "', all_varchar = true)");
    }
}
