package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.Engine;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DedupePolicy;
import io.saleslens.spec.DedupeSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.RepairSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCleanerTest {
    private static final String CUSTOMERS = """
            id,status,created
            1,M,2020-01-01
            1,S,2020-03-01
            1,,2020-02-01
            2,S,2020-01-01
            ,M,2020-01-01
            """;

    @TempDir
    Path dir;

    private Engine engine;

    @BeforeEach
    void startEngine() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void latestKeepsTheRowWithTheNewestOrderColumn() throws IOException {
        EntityCleaning result = cleanCustomers(DedupePolicy.LATEST);
        assertThat(statusOf(1)).isEqualTo("Single");
        assertThat(result.duplicatesMerged()).isEqualTo(2);
    }

    @Test
    void firstKeepsTheFirstRowInTheFile() throws IOException {
        cleanCustomers(DedupePolicy.FIRST);
        assertThat(statusOf(1)).isEqualTo("Married");
    }

    @Test
    void lastKeepsTheLastRowInTheFile() throws IOException {
        cleanCustomers(DedupePolicy.LAST);
        assertThat(statusOf(1)).isNull();
    }

    @Test
    void rowsWithoutARequiredKeyAreQuarantinedWithTheirLineAndEveryRowIsAccountedFor() throws IOException {
        EntityCleaning result = cleanCustomers(DedupePolicy.LATEST);
        assertThat(result.rowsIn()).isEqualTo(5);
        assertThat(result.quarantined()).isEqualTo(1);
        assertThat(result.rowsOut()).isEqualTo(2);
        assertThat(result.rowsIn()).isEqualTo(result.rowsOut() + result.quarantined() + result.duplicatesMerged());
        assertThat(engine.query("SELECT _line, reason FROM quarantine.customer"))
                .containsExactly(Map.of("_line", 6L, "reason", "customer_id missing"));
    }

    @Test
    void keepsTheRawCodeBesideTheMappedLabel() throws IOException {
        cleanCustomers(DedupePolicy.FIRST);
        assertThat(engine.query(
                        "SELECT marital_status, marital_status_code FROM silver.customer WHERE customer_id = 2"))
                .containsExactly(Map.of("marital_status", "Single", "marital_status_code", "S"));
    }

    @Test
    void repairsFixAmountsThenPricesInOrderAndCountEachRule() throws IOException {
        Files.writeString(dir.resolve("sales.csv"), """
                order,qty,price,sales
                A,2,10,20
                B,2,10,
                C,2,10,-20
                D,2,10,25
                E,2,,20
                F,2,-10,20
                """);
        engine.loadCsv("bronze.sales", dir.resolve("sales.csv"), CsvFormat.DEFAULT);
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("order_number", column("order", "text", true));
        columns.put("quantity", column("qty", "integer", false));
        columns.put("unit_price", column("price", "decimal", false));
        columns.put("sales_amount", column("sales", "decimal", false));
        Map<String, RepairSpec> repairs = new LinkedHashMap<>();
        repairs.put(
                "sales_amount",
                new RepairSpec(
                        "sales_amount is null or sales_amount <= 0 or sales_amount <> quantity * abs(unit_price)",
                        "quantity * abs(unit_price)"));
        repairs.put(
                "unit_price",
                new RepairSpec("unit_price is null or unit_price <= 0", "sales_amount / nullif(quantity, 0)"));
        EntityCleaning result = new EntityCleaner(engine, null)
                .clean("sale", new EntitySpec("sales", null, null, null, columns, List.of(), repairs));

        assertThat(result.repairsByRule())
                .containsExactly(Map.entry("sale.sales_amount", 3L), Map.entry("sale.unit_price", 2L));
        assertThat(result.rowsRepaired()).isEqualTo(5);
        assertThat(engine.query(
                        "SELECT order_number AS o, sales_amount AS s, unit_price AS p FROM silver.sale ORDER BY o"))
                .containsExactly(
                        Map.of("o", "A", "s", 20.0, "p", 10.0),
                        Map.of("o", "B", "s", 20.0, "p", 10.0),
                        Map.of("o", "C", "s", 20.0, "p", 10.0),
                        Map.of("o", "D", "s", 20.0, "p", 10.0),
                        Map.of("o", "E", "s", 20.0, "p", 10.0),
                        Map.of("o", "F", "s", 20.0, "p", 10.0));
    }

    @Test
    void aLineEqualToTheHeaderIsQuarantinedAsARepeatedHeaderAndIsNoInvalidValue() throws IOException {
        EntityCleaning result = cleanSales("""
                order,customer,date,qty,price
                A,11,20240105,1,10
                order,customer,date,qty,price
                B,12,20240106,2,5
                """);
        assertThat(engine.query("SELECT _line, reason FROM quarantine.sale"))
                .containsExactly(Map.of("_line", 3L, "reason", "repeated header line"));
        assertThat(result.quarantined()).isEqualTo(1);
        assertThat(result.rowsOut()).isEqualTo(2);
        assertThat(result.invalidByColumn())
                .containsOnly(
                        Map.entry("customer_id", 0L),
                        Map.entry("order_date", 0L),
                        Map.entry("quantity", 0L),
                        Map.entry("unit_price", 0L));
        assertThat(result.invalidSamples()).isEmpty();
    }

    @Test
    void everyValueThatGivesNoTypedValueIsCountedAndSampledWithItsLineTextAndReason() throws IOException {
        EntityCleaning result = cleanSales("""
                order,customer,date,qty,price
                A,11,99991231,1.5,NaN
                B,11,18991231,1e3,Infinity
                C,11,20240106,2,1e308
                D,11,2024-01-06,-2,-1e14
                E,11,20240107,1,10
                """);
        assertThat(result.invalidByColumn())
                .containsOnly(
                        Map.entry("customer_id", 0L),
                        Map.entry("order_date", 3L),
                        Map.entry("quantity", 2L),
                        Map.entry("unit_price", 4L));
        assertThat(result.invalidSamples().get("quantity"))
                .containsExactly(
                        new InvalidValue(2, "1.5", "not an integer: '1.5'"),
                        new InvalidValue(3, "1e3", "not an integer: '1e3'"));
        assertThat(result.invalidSamples().get("order_date"))
                .containsExactly(
                        new InvalidValue(2, "99991231", "a date after 2099-12-31: '99991231'"),
                        new InvalidValue(3, "18991231", "a date before 1900-01-01: '18991231'"),
                        new InvalidValue(5, "2024-01-06", "not a date in the format yyyyMMdd: '2024-01-06'"));
        assertThat(result.invalidSamples().get("unit_price"))
                .containsExactly(
                        new InvalidValue(2, "NaN", "not a finite number: 'NaN'"),
                        new InvalidValue(3, "Infinity", "not a finite number: 'Infinity'"),
                        new InvalidValue(4, "1e308", "beyond the magnitude bound 1e13: '1e308'"),
                        new InvalidValue(5, "-1e14", "beyond the magnitude bound 1e13: '-1e14'"));
        assertThat(result.invalidSamples()).doesNotContainKey("customer_id");
        // The values became missing and the lines stayed: a bad value fails no run and loses no line.
        assertThat(result.rowsOut()).isEqualTo(5);
        assertThat(
                        engine.query(
                                "SELECT count(*) AS n FROM silver.sale WHERE unit_price IS NOT NULL OR order_date > DATE '2099-12-31'"))
                .containsExactly(Map.of("n", 1L));
    }

    @Test
    void aRequiredValueThatDoesNotParseIsQuarantinedWithWhatWasWrongNotAsMissing() throws IOException {
        Files.writeString(
                dir.resolve("customers.csv"),
                "id,status,created\n12345678901234567890,M,2020-01-01\n,S,2020-01-01\n7,S,2020-01-01\n");
        engine.loadCsv("bronze.customers", dir.resolve("customers.csv"), CsvFormat.DEFAULT);
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("customer_id", column("id", "integer", true));
        columns.put("create_date", column("created", "date", false));
        EntityCleaning result = new EntityCleaner(engine, null)
                .clean(
                        "customer",
                        new EntitySpec("customers", "customer_id", null, null, columns, List.of(), Map.of()));
        assertThat(engine.query("SELECT _line, reason FROM quarantine.customer ORDER BY _line"))
                .containsExactly(
                        Map.of("_line", 2L, "reason", "customer_id not an integer: '12345678901234567890'"),
                        Map.of("_line", 3L, "reason", "customer_id missing"));
        assertThat(result.invalidByColumn()).containsEntry("customer_id", 1L);
    }

    private EntityCleaning cleanSales(String csv) throws IOException {
        Files.writeString(dir.resolve("sales.csv"), csv);
        engine.loadCsv("bronze.sales", dir.resolve("sales.csv"), CsvFormat.DEFAULT);
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("order_number", column("order", "text", true));
        columns.put("customer_id", column("customer", "integer", false));
        columns.put("order_date", new ColumnSpec("date", null, "date", "yyyyMMdd", false, null, null, false));
        columns.put("quantity", column("qty", "integer", false));
        columns.put("unit_price", column("price", "decimal", false));
        return new EntityCleaner(engine, null)
                .clean("sale", new EntitySpec("sales", null, null, null, columns, List.of(), Map.of()));
    }

    private EntityCleaning cleanCustomers(DedupePolicy policy) throws IOException {
        Files.writeString(dir.resolve("customers.csv"), CUSTOMERS);
        engine.loadCsv("bronze.customers", dir.resolve("customers.csv"), CsvFormat.DEFAULT);
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("customer_id", column("id", "integer", true));
        columns.put(
                "marital_status",
                new ColumnSpec(
                        "status", null, null, null, false, Map.of("M", "Married", "S", "Single"), "Unknown", false));
        columns.put("create_date", column("created", "date", false));
        EntitySpec entity = new EntitySpec(
                "customers", "customer_id", new DedupeSpec(policy, "create_date"), null, columns, List.of(), Map.of());
        return new EntityCleaner(engine, null).clean("customer", entity);
    }

    private Object statusOf(long id) {
        return engine.query("SELECT marital_status FROM silver.customer WHERE customer_id = " + id)
                .get(0)
                .get("marital_status");
    }

    private static ColumnSpec column(String from, String type, boolean required) {
        return new ColumnSpec(from, null, type, null, required, null, null, false);
    }
}
