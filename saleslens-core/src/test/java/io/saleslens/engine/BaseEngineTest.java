package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every engine and its dialect must do alike, proved once per engine by a subclass: the pipeline writes one SQL
 * and expects the same answer from each. Expected values come from java.time, not from another engine.
 */
public abstract class BaseEngineTest {
    @TempDir
    Path spill;

    private Engine engine;
    private SqlDialect sql;

    /** A fresh engine for one test; closed after it. */
    protected abstract Engine openEngine(Path spillDirectory);

    @BeforeEach
    void open() {
        engine = openEngine(spill);
        sql = engine.dialect();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Map<String, Object> row(String select) {
        return engine.query("SELECT " + select).get(0);
    }

    private String parse(String text, String pattern, String zone) {
        Object value =
                row(sql.parseDate(sql.literal(text), pattern, zone) + " AS d").get("d");
        return value == null ? null : value.toString();
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
    void aDoubleFromJavaIsATypedLiteralAndANonFiniteOneIsATypedNull() {
        assertThat(row(sql.doubleLiteral(1e308) + " AS v, " + sql.doubleLiteral(-0.125) + " AS w"))
                .containsEntry("v", 1e308)
                .containsEntry("w", -0.125);
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(sql.doubleLiteral(value)).isEqualTo("CAST(NULL AS DOUBLE)");
            assertThat(row("round(10 / " + sql.doubleLiteral(value) + ", 2) AS v"))
                    .as(Double.toString(value))
                    .containsEntry("v", null);
        }
    }

    @Test
    void integersAreSignAndDigitsOnly() {
        Map<String, Object> values =
                row(sql.tryInteger("'42'") + " AS plain, " + sql.tryInteger("'-7'") + " AS negative, "
                        + sql.tryInteger("'12.5'") + " AS fraction, " + sql.tryInteger("'1e3'") + " AS exponent, "
                        + sql.tryInteger("'abc'") + " AS text");
        assertThat(values.get("plain")).isEqualTo(42L);
        assertThat(values.get("negative")).isEqualTo(-7L);
        assertThat(values.get("fraction")).isNull();
        assertThat(values.get("exponent")).isNull();
        assertThat(values.get("text")).isNull();
    }

    /**
     * The profile's top values are the smallest (minus rows, value) structs of each column, read back by position:
     * nulls are skipped, a group with fewer values gives them all and nulls past its end, ties in rows are broken by
     * text order by character code ('Z' before 'apple', where an order ignoring case would keep apple instead).
     */
    @Test
    void theSmallestStructsOfEachGroupOrderByTheirFirstFieldThenTheirSecond() {
        String values = Stream.of("'pear', 2", "'apple', 1", "NULL, 3", "'fig', 2", "'Z', 1", "'kiwi', 1")
                        .map(v -> "SELECT 1 AS g, CAST(" + v.replace(", ", " AS STRING) AS v, ") + " AS n")
                        .collect(Collectors.joining(" UNION ALL "))
                + " UNION ALL SELECT 2, 'plum', 1 UNION ALL SELECT 2, CAST(NULL AS STRING), 4";
        Map<String, String> key = new LinkedHashMap<>();
        key.put("minus_rows", "-n");
        key.put("value", "v");
        StringBuilder elements = new StringBuilder();
        for (int position = 1; position <= 4; position++) {
            String element = "(" + sql.listElement("firsts", position) + ")";
            elements.append(", ").append(element).append(".value AS v").append(position);
            elements.append(", -").append(element).append(".minus_rows AS n").append(position);
        }
        List<String> rows = new ArrayList<>();
        engine.query("SELECT g" + elements + " FROM (SELECT g, "
                        + sql.smallestValues("CASE WHEN v IS NOT NULL THEN " + sql.struct(key) + " END", 3)
                        + " AS firsts FROM (" + values + ") t GROUP BY g) s ORDER BY g")
                .forEach(row -> rows.add(IntStream.rangeClosed(1, 4)
                        .mapToObj(position -> row.get("v" + position) + "=" + row.get("n" + position))
                        .collect(Collectors.joining(" ", row.get("g") + ": ", ""))));
        assertThat(rows).containsExactly("1: fig=2 pear=2 Z=1 null=null", "2: plum=1 null=null null=null null=null");
    }

    /** Grouping in parts gives the groups of the whole: every key, the null one too, falls in exactly one part. */
    @Test
    void aStatementInPartsMakesTheRowsOfTheWholeStatement() {
        Map<String, Long> expected = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String key = i % 11 == 0 ? null : "c" + (i % 23);
            expected.merge(String.valueOf(key), 1L, Long::sum);
            rows.add("SELECT " + (key == null ? "CAST(NULL AS STRING)" : sql.literal(key)) + " AS k");
        }
        engine.replaceTable("work.part_keys", String.join(" UNION ALL ", rows));
        assertThat(sql.inPart("k", 0, 1)).isEqualTo("true");

        engine.replaceTableInParts(
                "work.part_counts",
                4,
                part -> "SELECT k, count(*) AS n FROM work.part_keys WHERE " + sql.inPart("k", part, 4)
                        + " GROUP BY k");

        Map<String, Long> counted = new LinkedHashMap<>();
        engine.query("SELECT k, n FROM work.part_counts")
                .forEach(row -> assertThat(
                                counted.put(String.valueOf(row.get("k")), ((Number) row.get("n")).longValue()))
                        .as("key %s in two parts", row.get("k"))
                        .isNull());
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void weeksStartOnMonday() {
        Map<String, Object> values =
                row(sql.weekStart("DATE '2024-01-07'") + " AS sunday, " + sql.weekStart("DATE '2024-01-08'")
                        + " AS monday, " + sql.weekStart("DATE '2024-01-03'") + " AS wednesday");
        assertThat(values.get("sunday")).isEqualTo("2024-01-01");
        assertThat(values.get("monday")).isEqualTo("2024-01-08");
        assertThat(values.get("wednesday")).isEqualTo("2024-01-01");
    }

    @Test
    void datesFormatCountAndShiftAlike() {
        String date = "DATE '2024-01-07'";
        Map<String, Object> values =
                row(sql.yearMonth(date) + " AS month, " + sql.dayOfWeek(date) + " AS weekday, " + sql.addDays(date, -7)
                        + " AS week_before, " + sql.daysBetween("DATE '2023-12-31'", date) + " AS days");
        assertThat(values.get("month")).isEqualTo("2024-01");
        assertThat(values.get("weekday")).as("Sunday is 0").isEqualTo(0L);
        assertThat(values.get("week_before")).isEqualTo("2023-12-31");
        assertThat(values.get("days")).isEqualTo(7L);
    }

    @Test
    void dateSeriesHoldsEveryDayInclusive() {
        assertThat(engine.queryLong(
                        "SELECT count(*) FROM (" + sql.dateSeries("DATE '2024-02-27'", "DATE '2024-03-01'") + ") d"))
                .isEqualTo(4);
    }

    @Test
    void fixedWidthDatesNeedTheirFullWidthAndAValidDay() {
        Map<String, Object> values = row(sql.parseDate("'20130229'", "yyyyMMdd") + " AS no_such_day, "
                + sql.parseDate("'20120229'", "yyyyMMdd") + " AS leap_day, " + sql.parseDate("'5489'", "yyyyMMdd")
                + " AS too_short, "
                + sql.parseDate("'2014-03-07'", null) + " AS iso");
        assertThat(values.get("no_such_day")).isNull();
        assertThat(values.get("leap_day")).isEqualTo("2012-02-29");
        assertThat(values.get("too_short")).isNull();
        assertThat(values.get("iso")).isEqualTo("2014-03-07");
    }

    @Test
    void isoDatesAreReadOnlyInTheirIsoForms() {
        List<String> texts = List.of(
                "2014-03-07",
                "2014-3-7",
                "2014-03-07 10:11:12",
                "2014-03-07T10:11:12",
                "2014",
                "2014-03",
                "2014/03/07",
                "2014 03 07",
                "2014-02-30",
                "20140307",
                "2014-03-07Z",
                "07/03/2014");
        Map<String, Object> values = row(IntStream.range(0, texts.size())
                .mapToObj(i -> sql.parseDate(sql.literal(texts.get(i)), null) + " AS d" + i)
                .collect(Collectors.joining(", ")));
        Map<String, Object> expected = new LinkedHashMap<>();
        String day = LocalDate.of(2014, 3, 7).toString();
        for (int i = 0; i < texts.size(); i++) {
            expected.put("d" + i, i < 4 ? day : null);
        }
        assertThat(values).isEqualTo(expected);
        assertThat(IntStream.range(4, texts.size()).mapToObj(i -> values.get("d" + i)))
                .as("not ISO dates")
                .containsOnlyNulls();
    }

    /** Instants around both of New York's DST changes in 2024, written with different offsets. */
    private static final List<String> SHOPIFY_TIMESTAMPS = List.of(
            "2024-03-10 01:30:00 -0500",
            "2024-03-10 04:30:00 +0000",
            "2024-03-10 07:30:00 +0000",
            "2024-03-09 23:59:59 -0500",
            "2024-11-03 04:30:00 +0000",
            "2024-11-03 06:30:00 +0000",
            "2024-11-03 01:30:00 -0400",
            "2024-07-01 00:15:00 +0200",
            "2024-12-31 23:30:00 -0800");

    private static final DateTimeFormatter SHOPIFY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    @Test
    void timestampsWithAnOffsetKeepTheirWrittenDateWithoutAZone() {
        for (String text : SHOPIFY_TIMESTAMPS) {
            LocalDate written = OffsetDateTime.parse(text, SHOPIFY).toLocalDate();
            assertThat(parse(text, "yyyy-MM-dd HH:mm:ss Z", null)).as(text).isEqualTo(written.toString());
        }
    }

    @Test
    void timestampsWithAnOffsetTakeTheCalendarDateOfTheDatasetZoneAcrossDaylightSavingChanges() {
        ZoneId newYork = ZoneId.of("America/New_York");
        List<String> differ = new ArrayList<>();
        for (String text : SHOPIFY_TIMESTAMPS) {
            OffsetDateTime instant = OffsetDateTime.parse(text, SHOPIFY);
            LocalDate local = instant.atZoneSameInstant(newYork).toLocalDate();
            if (!local.equals(instant.toLocalDate())) {
                differ.add(text);
            }
            assertThat(parse(text, "yyyy-MM-dd HH:mm:ss Z", "America/New_York"))
                    .as(text)
                    .isEqualTo(local.toString());
        }
        assertThat(differ).as("the fixture moves some dates").isNotEmpty();
    }

    @Test
    void isoTimestampsWithTAndZoneAreReadWithoutAPattern() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (String text : List.of(
                "2024-03-30T23:30:00Z",
                "2024-03-31T01:30:00Z",
                "2024-10-26T22:30:00+00:00",
                "2024-10-27T00:30:00-05:00")) {
            OffsetDateTime instant = OffsetDateTime.parse(text);
            assertThat(parse(text, null, null))
                    .as(text)
                    .isEqualTo(instant.toLocalDate().toString());
            assertThat(parse(text, null, "Europe/Berlin"))
                    .as(text)
                    .isEqualTo(instant.atZoneSameInstant(berlin).toLocalDate().toString());
        }
        assertThat(parse("2024-03-05 14:22:10", null, "Europe/Berlin"))
                .as("no offset: already local")
                .isEqualTo("2024-03-05");
        assertThat(parse("2024-03-05", null, null)).isEqualTo("2024-03-05");
        assertThat(parse("2013", null, null)).isNull();
    }

    @Test
    void twelveHourClocksAndQuotedLiteralsAreRead() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm a", Locale.US);
        for (String text : List.of("03/05/2024 11:59 PM", "12/31/2023 12:01 AM", "07/04/2024 01:00 PM")) {
            assertThat(parse(text, "MM/dd/yyyy hh:mm a", null))
                    .as(text)
                    .isEqualTo(LocalDateTime.parse(text, format).toLocalDate().toString());
        }
        assertThat(parse("2024-03-05T14:22:10+01:00", "yyyy-MM-dd'T'HH:mm:ssXXX", "UTC"))
                .isEqualTo("2024-03-05");
        assertThat(parse("2024-03-05T00:22:10+01:00", "yyyy-MM-dd'T'HH:mm:ssXXX", "UTC"))
                .isEqualTo("2024-03-04");
        assertThat(parse("2024-03-05T00:22:10Z", "yyyy-MM-dd'T'HH:mm:ssXXX", "Asia/Tokyo"))
                .isEqualTo("2024-03-05");
        assertThat(parse("not a date", "yyyy-MM-dd HH:mm:ss Z", "UTC")).isNull();
    }

    @Test
    void createTableMaterialisesAQuery() {
        engine.execute(sql.createTable("work.dialect_test", "SELECT 3 AS n"));
        assertThat(engine.queryLong("SELECT n FROM work.dialect_test")).isEqualTo(3);
    }

    @Test
    void replaceTableReplacesATableOfThatNameAndListsItsColumns() {
        assertThat(engine.tableExists("work.replaced")).isFalse();
        engine.replaceTable("work.replaced", "SELECT 1 AS a, 'x' AS b");
        engine.replaceTable("work.replaced", "SELECT 2 AS c, 'y' AS " + sql.quote("odd name") + ", 3 AS a");
        assertThat(engine.tableExists("work.replaced")).isTrue();
        assertThat(engine.columns("work.replaced")).containsExactly("c", "odd name", "a");
        assertThat(engine.queryLong("SELECT c FROM work.replaced")).isEqualTo(2);
    }

    @Test
    void conditionalAggregatesSeeOnlyTheRowsThatMeetTheirCondition() {
        String rows =
                "(SELECT 1 AS n, 'a' AS k UNION ALL SELECT 2, 'a' UNION ALL SELECT 3, 'b' UNION ALL SELECT 4, NULL) t";
        Map<String, Object> values = engine.query("SELECT " + sql.countWhere("n > 1") + " AS over_one, "
                        + sql.countWhere("n > 9") + " AS none, " + sql.aggregateWhere("max", "n", "n < 3")
                        + " AS max_under_three, "
                        + sql.aggregateWhere("min", "k", "n > 9") + " AS min_of_none, "
                        + sql.countDistinctWhere("k", "n >= 2")
                        + " AS keys_from_two FROM " + rows)
                .get(0);
        assertThat(values.get("over_one")).isEqualTo(3L);
        assertThat(values.get("none")).as("a count of no rows is 0, not null").isEqualTo(0L);
        assertThat(((Number) values.get("max_under_three")).longValue()).isEqualTo(2);
        assertThat(values.get("min_of_none")).isNull();
        assertThat(values.get("keys_from_two"))
                .as("a and b; the null key is not counted")
                .isEqualTo(2L);
    }
}
