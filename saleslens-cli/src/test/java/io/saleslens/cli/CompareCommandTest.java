package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.TestFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three runs of the sample in one output folder: the sample as shipped, then without Australia's orders of 2013-12
 * and with 200 customer rows repeated, then the same data again. The expected figures are computed here, with DuckDB
 * over the CSV files, never read from the runs.
 */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final int DUPLICATES = 200;

    @TempDir
    Path dir;

    @Test
    void eachRunComparesItselfWithThePreviousOneAndCompareWritesTheSameDocument() throws Exception {
        Path data = dir.resolve("data");
        TestFolders.copy(SAMPLE, data);
        Path out = dir.resolve("out");
        Path sales = data.resolve("source_crm/sales_details.csv");
        Path customers = data.resolve("source_crm/cust_info.csv");
        Path locations = data.resolve("source_erp/LOC_A101.csv");

        Path first = run(data, out);
        JsonNode firstCompare = JSON.readTree(first.resolve("compare.json").toFile());
        assertThat(firstCompare.path("comparable").asBoolean()).isFalse();
        assertThat(firstCompare.path("reason").asText()).isEqualTo("this is the first run in the output folder");
        assertThat(Files.readString(first.resolve("reports/executive.md")))
                .startsWith("# EXECUTIVE SUMMARY\n\n## Since the last run\n\n"
                        + "Nothing to compare with: this is the first run in the output folder.\n\n"
                        + "## Needs attention\n\n");

        Set<Long> australia = australianCustomers(customers, locations);
        Path removed = dir.resolve("removed.csv");
        removeLines(sales, removed, australia);
        long extraRowsBefore = extraIdRows(customers);
        appendDuplicates(customers);
        long extraRowsAdded = extraIdRows(customers) - extraRowsBefore;
        double removedRevenue = revenueOf(removed);
        assertThat(removedRevenue).isGreaterThan(0);

        Path second = run(data, out);
        JsonNode compare = JSON.readTree(second.resolve("compare.json").toFile());
        assertThat(compare.path("comparable").asBoolean()).isTrue();
        assertThat(compare.path("previous_folder").asText())
                .isEqualTo(first.getFileName().toString());
        assertThat(compare.at("/inputs/identical").asBoolean()).isFalse();
        JsonNode revenue = metric(compare, "totals.revenue", null);
        assertThat(revenue.path("change").asDouble()).isCloseTo(-removedRevenue, within(0.01));
        assertThat(revenue.path("relative_change").asDouble())
                .isCloseTo(-removedRevenue / revenue.path("before").asDouble(), within(1e-9));
        assertThat(revenue.path("favourable").asBoolean()).isFalse();
        JsonNode countries = ranking(compare, "country");
        assertThat(countries.path("largest_detractor").asText()).isEqualTo("Australia");
        JsonNode unique = metric(compare, "checks[id].failed", "cust_info.cst_id.unique");
        assertThat(unique.path("change").asLong()).isEqualTo(extraRowsAdded).isEqualTo(DUPLICATES);
        assertThat(compare.at("/checks/failing_count_moved").toString()).contains("\"cust_info.cst_id.unique\"");
        JsonNode customerRows = rows(compare, "cust_info");
        assertThat(customerRows.path("rows_in_change").asLong()).isEqualTo(DUPLICATES);
        String executive = Files.readString(second.resolve("reports/executive.md"));
        assertThat(executive)
                .startsWith("# EXECUTIVE SUMMARY\n\n## Since the last run\n\nCompared with run `"
                        + firstCompare.path("run_id").asText() + "`")
                .contains("largest fall Australia")
                .contains("`cust_info.cst_id.unique`");
        assertThat(executive.indexOf("Since the last run")).isLessThan(executive.indexOf("## Scope"));
        assertThat(Files.readString(second.resolve("reports/sales.md")))
                .contains("## Scope & Objectives")
                .contains("## Since the last run");

        Path third = run(data, out);
        JsonNode same = JSON.readTree(third.resolve("compare.json").toFile());
        assertThat(same.at("/inputs/identical").asBoolean()).isTrue();
        assertThat(metric(same, "totals.revenue", null).path("change").asDouble())
                .isZero();
        assertThat(Files.readString(third.resolve("reports/executive.md")))
                .contains("The inputs are identical to that run's");

        // The command compares the two latest runs by default and writes what the run stage wrote.
        String written = Files.readString(third.resolve("compare.json"));
        Result command = execute("compare", "--out", out.toString());
        assertThat(command.exitCode).as(command.err).isZero();
        assertThat(command.out).contains("totals.revenue", "Inputs     identical");
        assertThat(Files.readString(third.resolve("compare.json"))).isEqualTo(written);

        String secondWritten = Files.readString(second.resolve("compare.json"));
        Result named = execute(
                "compare",
                first.getFileName().toString(),
                second.getFileName().toString(),
                "--out",
                out.toString(),
                "--json");
        assertThat(named.exitCode).as(named.err).isZero();
        assertThat(JSON.readTree(named.out)).isEqualTo(JSON.readTree(secondWritten));
        assertThat(Files.readString(second.resolve("compare.json"))).isEqualTo(secondWritten);
        Result table = execute(
                "compare", first.getFileName().toString(), second.getFileName().toString(), "--out", out.toString());
        assertThat(table.out)
                .contains("Country    largest fall Australia")
                .contains("cust_info.cst_id.unique failing count moved");
    }

    @Test
    void aRunThatIsNotInTheOutputFolderIsAUserError() {
        Result result = execute("compare", "20990101_000000_#00000000", "--out", dir.toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err)
                .startsWith("saleslens: 20990101_000000_#00000000: no successful run with this id or folder in ");
    }

    @Test
    void anOutputFolderWithoutRunsIsAUserError() {
        Result result = execute("compare", "--out", dir.toString());

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("no successful run to compare");
    }

    private static Path run(Path data, Path out) throws IOException {
        Set<Path> before = folders(out);
        Result result = execute("run", data.toString(), "--out", out.toString());
        assertThat(result.exitCode).as(result.err).isZero();
        Set<Path> after = folders(out);
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.iterator().next();
    }

    private static Set<Path> folders(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return new HashSet<>();
        }
        try (Stream<Path> list = Files.list(runs)) {
            return new HashSet<>(list.filter(Files::isDirectory).toList());
        }
    }

    private static JsonNode metric(JsonNode compare, String key, String member) {
        for (JsonNode metric : compare.path("metrics")) {
            if (metric.path("key").asText().equals(key)
                    && (member == null
                            ? metric.path("member").isNull()
                            : metric.path("member").asText().equals(member))) {
                return metric;
            }
        }
        throw new AssertionError("no " + key + " " + member + " in compare.json");
    }

    private static JsonNode ranking(JsonNode compare, String grain) {
        for (JsonNode ranking : compare.path("rankings")) {
            if (ranking.path("grain").asText().equals(grain)) {
                return ranking;
            }
        }
        throw new AssertionError("no ranking by " + grain);
    }

    private static JsonNode rows(JsonNode compare, String source) {
        for (JsonNode rows : compare.path("rows_per_source")) {
            if (rows.path("source").asText().equals(source)) {
                return rows;
            }
        }
        throw new AssertionError("no rows of " + source);
    }

    /** The ids of the customers whose location row says Australia: cst_key is the location's CID without dashes. */
    private static Set<Long> australianCustomers(Path customers, Path locations) throws SQLException {
        Set<Long> ids = new HashSet<>();
        query(
                "SELECT DISTINCT TRY_CAST(trim(c.cst_id) AS BIGINT) FROM " + csv(customers) + " c JOIN "
                        + csv(locations)
                        + " l ON replace(trim(l.CID), '-', '') = trim(c.cst_key)"
                        + " WHERE trim(l.CNTRY) = 'Australia' AND TRY_CAST(trim(c.cst_id) AS BIGINT) IS NOT NULL",
                rows -> {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                });
        assertThat(ids).isNotEmpty();
        return ids;
    }

    /** Moves Australia's order lines of December 2013 from the sales file to {@code removed} (header kept in both). */
    private static void removeLines(Path sales, Path removed, Set<Long> australia) throws IOException {
        String[] lines = Files.readString(sales, StandardCharsets.UTF_8).split("(?<=\n)");
        StringBuilder kept = new StringBuilder(lines[0]);
        StringBuilder gone = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            boolean drop = fields.length > 3
                    && fields[3].trim().startsWith("201312")
                    && fields[2].trim().matches("\\d+")
                    && australia.contains(Long.parseLong(fields[2].trim()));
            (drop ? gone : kept).append(lines[i]);
        }
        assertThat(gone.length()).isGreaterThan(lines[0].length());
        Files.writeString(sales, kept.toString(), StandardCharsets.UTF_8);
        Files.writeString(removed, gone.toString(), StandardCharsets.UTF_8);
    }

    /** Appends copies of the first customer rows whose id is a number no other row has. */
    private static void appendDuplicates(Path customers) throws IOException {
        String text = Files.readString(customers, StandardCharsets.UTF_8);
        String[] lines = text.split("(?<=\n)");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            ids.add(lines[i].split(",", -1)[0].trim());
        }
        StringBuilder copies = new StringBuilder(text.endsWith("\n") ? "" : "\n");
        int added = 0;
        for (int i = 1; i < lines.length && added < DUPLICATES; i++) {
            String id = ids.get(i - 1);
            if (id.matches("\\d+") && ids.indexOf(id) == ids.lastIndexOf(id)) {
                copies.append(lines[i].endsWith("\n") ? lines[i] : lines[i] + "\n");
                added++;
            }
        }
        assertThat(added).isEqualTo(DUPLICATES);
        Files.writeString(customers, text + copies, StandardCharsets.UTF_8);
    }

    /** The rows a uniqueness check on cst_id fails: every row beyond the first of an id. */
    private static long extraIdRows(Path customers) throws SQLException {
        long[] extra = new long[1];
        query(
                "SELECT count(id) - count(DISTINCT id) FROM (SELECT nullif(trim(cst_id), '') AS id FROM "
                        + csv(customers) + ")",
                rows -> {
                    rows.next();
                    extra[0] = rows.getLong(1);
                });
        return extra[0];
    }

    /**
     * Revenue of order lines by the crm-erp cleaning rules: lines without an order number or with a quantity that is
     * not positive are quarantined; an amount that is missing, not positive or not quantity × |price| is replaced by
     * quantity × |price|.
     */
    private static double revenueOf(Path salesLines) throws SQLException {
        double[] revenue = new double[1];
        query(
                "SELECT sum(CASE WHEN s IS NULL OR s <= 0 OR s <> q * abs(p) THEN q * abs(p) ELSE s END) FROM ("
                        + "SELECT TRY_CAST(sls_sales AS DOUBLE) s, TRY_CAST(sls_quantity AS DOUBLE) q,"
                        + " TRY_CAST(sls_price AS DOUBLE) p, nullif(trim(sls_ord_num), '') o FROM " + csv(salesLines)
                        + ") WHERE o IS NOT NULL AND q > 0",
                rows -> {
                    rows.next();
                    revenue[0] = rows.getDouble(1);
                });
        return revenue[0];
    }

    private static String csv(Path file) {
        return "read_csv('" + file.toAbsolutePath() + "', all_varchar = true, header = true)";
    }

    private interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(String sql, Rows reader) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            reader.read(rows);
        }
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesLensCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {}
}
