package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecLocationsTest {

    @Test
    void everyKeyHasItsLineAndPathInsideMapsAndLists() {
        String yaml = """
                name: shop
                sources:
                  orders: { path: orders.csv }
                entities:
                  sale:
                    from: orders
                    columns:
                      order_date: { from: "Paid at", type: date, format: "yyyy-MM-dd HH:mm:ss Z" }
                      sales_amount:
                        expr: "price * qty"
                checks:
                  orders:
                    - { column: Name, rule: not_null }
                    - rule: consistency
                      condition: "a > b"
                """;
        SpecLocations locations = SpecLocations.of(yaml, "spec.yaml");
        assertThat(locations.lines())
                .containsEntry("name", 1)
                .containsEntry("sources.orders.path", 3)
                .containsEntry("entities.sale.columns.order_date.format", 8)
                .containsEntry("entities.sale.columns.sales_amount.expr", 10)
                .containsEntry("checks.orders[0].rule", 13)
                .containsEntry("checks.orders[1].condition", 15);
        assertThat(locations.at("entities.sale.columns.sales_amount.expr"))
                .isEqualTo("spec.yaml line 10 (entities.sale.columns.sales_amount.expr)");
    }
}
