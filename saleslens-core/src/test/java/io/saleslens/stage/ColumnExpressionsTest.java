package io.saleslens.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.spec.ColumnSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnExpressionsTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;
    private ColumnExpressions expressions;

    @BeforeEach
    void open() {
        engine = new DuckDbEngine(spill, null);
        expressions = new ColumnExpressions(engine.dialect());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void amountsWithADecimalPointAreReadAsExportsWriteThem() {
        Map<String, Double> cases = new LinkedHashMap<>();
        cases.put("$12,500.00", 12_500.0);
        cases.put("12500", 12_500.0);
        cases.put("USD 1,234,567.89", 1_234_567.89);
        cases.put("($45.10)", -45.10);
        cases.put("-$3.50", -3.50);
        cases.put("£0.99", 0.99);
        cases.put("1,234.5 USD", 1_234.5);
        cases.forEach((text, expected) ->
                assertThat(amount(text, "1,234.56")).as(text).isEqualTo(expected));
    }

    @Test
    void amountsWithADecimalCommaAreReadAsExportsWriteThem() {
        Map<String, Double> cases = new LinkedHashMap<>();
        cases.put("1.234,56 €", 1_234.56);
        cases.put("€ 12,5", 12.5);
        cases.put("1 234 567,00", 1_234_567.0);
        cases.put("-0,75", -0.75);
        cases.forEach((text, expected) ->
                assertThat(amount(text, "1.234,56")).as(text).isEqualTo(expected));
    }

    @Test
    void textThatDoesNotFitTheFormatIsInvalidNotAnotherNumber() {
        assertThat(amount("1.234,56", "1,234.56"))
                .as("decimal comma under a decimal-point format")
                .isNull();
        assertThat(amount("12,34", "1,234.56"))
                .as("a comma that groups no thousands")
                .isNull();
        assertThat(amount("abc12", "1,234.56")).isNull();
        assertThat(amount("n/a", "1,234.56")).isNull();
        assertThat(amount("", "1,234.56")).isNull();
    }

    private Double amount(String text, String format) {
        ColumnSpec column =
                new ColumnSpec(null, engine.dialect().literal(text), "decimal", format, false, null, null, false);
        Object value = engine.query("SELECT " + expressions.value(column) + " AS v")
                .get(0)
                .get("v");
        return value == null ? null : ((Number) value).doubleValue();
    }
}
