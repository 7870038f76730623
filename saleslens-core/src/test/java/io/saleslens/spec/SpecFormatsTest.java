package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import org.junit.jupiter.api.Test;

/** Spec mistakes found when the spec is read, before any file is: each names the spec line and key and what to write. */
class SpecFormatsTest {
    private static final String SPEC = """
            name: shop
            sources:
              orders: { path: orders.csv }
            entities:
              customer:
                from: orders
                columns:
                  customer_id: { from: Email }
              product:
                from: orders
                columns:
                  product_number: { from: SKU }
              sale:
                from: orders
                columns:
                  order_number: { from: Name }
                  product_number: { from: SKU }
                  customer_id: { from: Email }
                  order_date: { from: Created, type: date, format: "%DATE%" }
                  quantity: { from: Qty, type: integer }
                  unit_price: { from: Price, type: decimal }
                  sales_amount: { from: Total, type: decimal, format: "%AMOUNT%" }
            """;

    @Test
    void anUnsupportedDatePatternNamesItsLineKeyAndTheFieldsThatWork() {
        assertThatThrownBy(() -> SpecLoader.parse(spec("EEE, dd MMM yyyy HH:mm", "1,234.56"), "shop.yaml"))
                .isInstanceOf(SalesLensException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((SalesLensException) e).category())
                        .isEqualTo(ErrorCategory.USER_ERROR))
                .hasMessageStartingWith(
                        "shop.yaml line 19 (entities.sale.columns.order_date.format): unsupported date pattern field 'EEE'")
                .hasMessageContaining("HH");
    }

    @Test
    void aTimeOfDayAndAZoneOffsetAreSupportedPatterns() {
        SpecLoader.parse(spec("yyyy-MM-dd HH:mm:ss Z", "1.234,56"), "shop.yaml");
        SpecLoader.parse(spec("MM/dd/yyyy hh:mm a", "1,234.56"), "shop.yaml");
        SpecLoader.parse(spec("yyyy-MM-dd'T'HH:mm:ssXXX", "1,234.56"), "shop.yaml");
    }

    @Test
    void anAmountFormatThatIsNotASampleNumberNamesItsLine() {
        assertThatThrownBy(() -> SpecLoader.parse(spec("yyyy-MM-dd", "#,##0.00"), "shop.yaml"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(
                        "shop.yaml line 22 (entities.sale.columns.sales_amount.format): amount format '#,##0.00'")
                .hasMessageContaining("\"1,234.56\"");
    }

    @Test
    void aValueOfTheWrongShapeIsDescribedInSpecWordsNotJavaTypes() {
        String wrong = spec("yyyy-MM-dd", "1,234.56")
                .replace("    columns:\n      customer_id: { from: Email }", "    columns: Email");
        assertThatThrownBy(() -> SpecLoader.parse(wrong, "shop.yaml"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("shop.yaml line 7 (entities.customer.columns): expected a mapping")
                .hasMessageNotContaining("java.")
                .hasMessageNotContaining("LinkedHashMap");
        String notAList = spec("yyyy-MM-dd", "1,234.56") + "segments: country\n";
        assertThatThrownBy(() -> SpecLoader.parse(notAList, "shop.yaml"))
                .hasMessageContaining("(segments): expected a list")
                .hasMessageNotContaining("java.");
    }

    private static String spec(String datePattern, String amountFormat) {
        return SPEC.replace("%DATE%", datePattern).replace("%AMOUNT%", amountFormat);
    }
}
