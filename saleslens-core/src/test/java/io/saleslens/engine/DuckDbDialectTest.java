package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbDialectTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;
    private SqlDialect sql;

    @BeforeEach
    void open() {
        engine = new DuckDbEngine(spill, null);
        sql = engine.dialect();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Map<String, Object> row(String select) {
        return engine.query("SELECT " + select).get(0);
    }

    @Test
    void weeksStartOnMonday() {
        Map<String, Object> values = row(sql.weekStart("DATE '2024-01-07'") + " AS sunday, " + sql.weekStart("DATE '2024-01-08'")
                + " AS monday, " + sql.weekStart("DATE '2024-01-03'") + " AS wednesday");
        assertThat(values.get("sunday")).isEqualTo("2024-01-01");
        assertThat(values.get("monday")).isEqualTo("2024-01-08");
        assertThat(values.get("wednesday")).isEqualTo("2024-01-01");
    }

    @Test
    void datesFormatCountAndShiftAsOnSpark() {
        String date = "DATE '2024-01-07'";
        Map<String, Object> values = row(sql.yearMonth(date) + " AS month, " + sql.dayOfWeek(date) + " AS weekday, "
                + sql.addDays(date, -7) + " AS week_before, " + sql.daysBetween("DATE '2023-12-31'", date) + " AS days");
        assertThat(values.get("month")).isEqualTo("2024-01");
        assertThat(((Number) values.get("weekday")).longValue()).as("Sunday is 0").isZero();
        assertThat(values.get("week_before")).isEqualTo("2023-12-31");
        assertThat(((Number) values.get("days")).longValue()).isEqualTo(7);
    }
}
