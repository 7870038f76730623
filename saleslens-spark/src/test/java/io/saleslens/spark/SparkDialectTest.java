package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.SqlDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkDialectTest {
    private final SparkEngine engine = SharedSpark.engine();
    private final SqlDialect sql = engine.dialect();

    @TempDir
    Path spill;

    private Map<String, Object> row(String select) {
        return engine.query("SELECT " + select).get(0);
    }

    @Test
    void literalsKeepQuotesAndBackslashes() {
        assertThat(row(sql.literal("it's a \\ path") + " AS v").get("v")).isEqualTo("it's a \\ path");
    }

    @Test
    void quotedIdentifiersMayHoldSpacesAndBackticks() {
        assertThat(row("1 AS " + sql.quote("odd `name` here")).keySet()).containsExactly("odd `name` here");
    }

    @Test
    void integersAreSignAndDigitsOnly() {
        Map<String, Object> values = row(sql.tryInteger("'42'") + " AS plain, " + sql.tryInteger("'-7'") + " AS negative, "
                + sql.tryInteger("'12.5'") + " AS fraction, " + sql.tryInteger("'1e3'") + " AS exponent, "
                + sql.tryInteger("'abc'") + " AS text");
        assertThat(values.get("plain")).isEqualTo(42L);
        assertThat(values.get("negative")).isEqualTo(-7L);
        assertThat(values.get("fraction")).isNull();
        assertThat(values.get("exponent")).isNull();
        assertThat(values.get("text")).isNull();
    }

    @Test
    void fixedWidthDatesNeedTheirFullWidthAndAValidDay() {
        Map<String, Object> values = row(sql.parseDate("'20130229'", "yyyyMMdd") + " AS no_such_day, "
                + sql.parseDate("'20120229'", "yyyyMMdd") + " AS leap_day, " + sql.parseDate("'5489'", "yyyyMMdd") + " AS too_short, "
                + sql.parseDate("'2014-03-07'", null) + " AS iso");
        assertThat(values.get("no_such_day")).isNull();
        assertThat(values.get("leap_day")).isEqualTo("2012-02-29");
        assertThat(values.get("too_short")).isNull();
        assertThat(values.get("iso")).isEqualTo("2014-03-07");
    }

    @Test
    void isoDatesReadTheSameAsOnDuckDb() {
        List<String> texts = List.of("2014-03-07", "2014-3-7", "2014-03-07 10:11:12", "2014-03-07T10:11:12", "2014",
                "2014-03", "2014/03/07", "2014 03 07", "2014-02-30", "20140307", "2014-03-07Z", "07/03/2014");
        String select = IntStream.range(0, texts.size())
                .mapToObj(i -> "CAST(" + sql.parseDate(sql.literal(texts.get(i)), null) + " AS STRING) AS d" + i)
                .collect(Collectors.joining(", "));
        Map<String, Object> spark = row(select);
        Map<String, Object> duckDb;
        try (DuckDbEngine other = new DuckDbEngine(spill, null)) {
            SqlDialect duck = other.dialect();
            duckDb = other.query("SELECT " + IntStream.range(0, texts.size())
                    .mapToObj(i -> "CAST(" + duck.parseDate(duck.literal(texts.get(i)), null) + " AS VARCHAR) AS d" + i)
                    .collect(Collectors.joining(", "))).get(0);
        }
        assertThat(spark).isEqualTo(duckDb);
        assertThat(spark.get("d0")).isEqualTo("2014-03-07");
        assertThat(spark.get("d1")).isEqualTo("2014-03-07");
        assertThat(spark.get("d2")).isEqualTo("2014-03-07");
        assertThat(IntStream.range(4, texts.size()).mapToObj(i -> spark.get("d" + i))).as("not ISO dates").containsOnlyNulls();
    }

    @Test
    void datesFormatCountAndShiftAsOnDuckDb() {
        String date = "DATE '2024-01-07'";
        Map<String, Object> values = row(sql.yearMonth(date) + " AS month, " + sql.dayOfWeek(date) + " AS weekday, "
                + sql.addDays(date, -7) + " AS week_before, " + sql.daysBetween("DATE '2023-12-31'", date) + " AS days");
        assertThat(values.get("month")).isEqualTo("2024-01");
        assertThat(values.get("weekday")).as("Sunday is 0").isEqualTo(0L);
        assertThat(values.get("week_before")).isEqualTo("2023-12-31");
        assertThat(values.get("days")).isEqualTo(7L);
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
    void dateSeriesHoldsEveryDayInclusive() {
        assertThat(engine.queryLong("SELECT count(*) FROM (" + sql.dateSeries("DATE '2024-02-27'", "DATE '2024-03-01'") + ") d"))
                .isEqualTo(4);
    }

    @Test
    void createTableMaterialisesAQuery() {
        engine.execute(sql.createTable("work.dialect_test", "SELECT 3 AS n"));
        assertThat(engine.queryLong("SELECT n FROM work.dialect_test")).isEqualTo(3);
    }
}
