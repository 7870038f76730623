package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrencyGuardTest {
    private static final String SPEC = """
            name: amounts
            currency: %s
            sources:
              orders: { path: orders.csv }
            entities:
              customer: { from: orders, columns: { customer_id: { from: c } } }
              product: { from: orders, columns: { product_number: { from: p } } }
              sale:
                from: orders
                columns:
                  order_number: { from: o }
                  product_number: { from: p }
                  customer_id: { from: c }
                  order_date: { from: d, type: date }
                  sales_amount: { from: amount, type: decimal, format: "1,234.56" }
            """;

    @TempDir
    Path spill;

    private DuckDbEngine engine;

    @BeforeEach
    void open() {
        engine = new DuckDbEngine(spill, null);
        engine.execute("CREATE SCHEMA IF NOT EXISTS bronze");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void amountsInTheDatasetCurrencyAndTextThatIsNoAmountPass() {
        load(List.of("$12,500.00", "n/a", "TBD", "12.00", "USD 3.50"));
        assertThatCode(() -> check("USD")).doesNotThrowAnyException();
        load(List.of("12.50 EUR", "€ 4.00", "n/a"));
        assertThatCode(() -> check("EUR")).doesNotThrowAnyException();
    }

    @Test
    void amountsInSeveralCurrenciesAreRefusedWithTheMarkersAndTheirLines() {
        load(List.of("12.50 EUR", "9.00 USD", "1.00 USD", "n/a"));
        assertThatThrownBy(() -> check("USD"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("orders.csv: column 'amount' mixes currencies: USD (2 lines), EUR (1 lines)")
                .hasMessageContaining("does not convert currencies");
    }

    @Test
    void amountsAllInAnotherCurrencyAreRefusedWithTheSpecLineToWrite() {
        load(List.of("€12.00", "€3.00"));
        assertThatThrownBy(() -> check("USD"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("is in another currency than the spec's USD")
                .hasMessageContaining("set 'currency:' to the ISO code of €");
        load(List.of("12.00 GBP", "3.00 GBP"));
        assertThatThrownBy(() -> check("USD")).hasMessageContaining("set 'currency: GBP' in the spec");
    }

    private void load(List<String> amounts) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < amounts.size(); i++) {
            rows.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(engine.dialect().literal(amounts.get(i)))
                    .append(" AS amount, ")
                    .append(i + 2)
                    .append(" AS _line");
        }
        engine.replaceTable(
                "bronze.orders",
                "SELECT 'c' AS c, 'p' AS p, 'o' AS o, '2024-01-01' AS d, amount, _line FROM (" + rows + ") r");
    }

    private void check(String currency) {
        DatasetSpec spec = SpecLoader.parse(SPEC.formatted(currency), "spec");
        new CurrencyGuard(engine).check(spec, DatasetSpec.SALE, spec.entity(DatasetSpec.SALE));
    }
}
