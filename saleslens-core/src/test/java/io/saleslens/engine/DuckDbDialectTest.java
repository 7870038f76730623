package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Test
    void aDoubleFromJavaIsATypedLiteralAndANonFiniteOneIsATypedNull() {
        assertThat(row(sql.doubleLiteral(1e308) + " AS v, " + sql.doubleLiteral(-0.125) + " AS w"))
                .containsEntry("v", 1e308).containsEntry("w", -0.125);
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(sql.doubleLiteral(value)).isEqualTo("CAST(NULL AS DOUBLE)");
            assertThat(row("round(10 / " + sql.doubleLiteral(value) + ", 2) AS v")).as(Double.toString(value)).containsEntry("v", null);
        }
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

    /** Instants around both of New York's DST changes in 2024, written with different offsets. */
    private static final List<String> SHOPIFY_TIMESTAMPS = List.of(
            "2024-03-10 01:30:00 -0500", "2024-03-10 04:30:00 +0000", "2024-03-10 07:30:00 +0000", "2024-03-09 23:59:59 -0500",
            "2024-11-03 04:30:00 +0000", "2024-11-03 06:30:00 +0000", "2024-11-03 01:30:00 -0400", "2024-07-01 00:15:00 +0200",
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
            assertThat(parse(text, "yyyy-MM-dd HH:mm:ss Z", "America/New_York")).as(text).isEqualTo(local.toString());
        }
        assertThat(differ).as("the fixture moves some dates").isNotEmpty();
    }

    @Test
    void isoTimestampsWithTAndZoneAreReadWithoutAPattern() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (String text : List.of("2024-03-30T23:30:00Z", "2024-03-31T01:30:00Z", "2024-10-26T22:30:00+00:00", "2024-10-27T00:30:00-05:00")) {
            OffsetDateTime instant = OffsetDateTime.parse(text);
            assertThat(parse(text, null, null)).as(text).isEqualTo(instant.toLocalDate().toString());
            assertThat(parse(text, null, "Europe/Berlin")).as(text).isEqualTo(instant.atZoneSameInstant(berlin).toLocalDate().toString());
        }
        assertThat(parse("2024-03-05 14:22:10", null, "Europe/Berlin")).as("no offset: already local").isEqualTo("2024-03-05");
        assertThat(parse("2024-03-05", null, null)).isEqualTo("2024-03-05");
        assertThat(parse("2013", null, null)).isNull();
    }

    @Test
    void twelveHourClocksAndQuotedLiteralsAreRead() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm a", Locale.US);
        for (String text : List.of("03/05/2024 11:59 PM", "12/31/2023 12:01 AM", "07/04/2024 01:00 PM")) {
            assertThat(parse(text, "MM/dd/yyyy hh:mm a", null)).as(text).isEqualTo(LocalDateTime.parse(text, format).toLocalDate().toString());
        }
        assertThat(parse("2024-03-05T14:22:10+01:00", "yyyy-MM-dd'T'HH:mm:ssXXX", "UTC")).isEqualTo("2024-03-05");
        assertThat(parse("2024-03-05T00:22:10+01:00", "yyyy-MM-dd'T'HH:mm:ssXXX", "UTC")).isEqualTo("2024-03-04");
        assertThat(parse("2024-03-05T00:22:10Z", "yyyy-MM-dd'T'HH:mm:ssXXX", "Asia/Tokyo")).isEqualTo("2024-03-05");
        assertThat(parse("not a date", "yyyy-MM-dd HH:mm:ss Z", "UTC")).isNull();
    }

    private String parse(String text, String pattern, String zone) {
        Object value = row(sql.parseDate(sql.literal(text), pattern, zone) + " AS d").get("d");
        return value == null ? null : value.toString();
    }
}
