package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeaningTest {
    /** A profile of 100 text values, of which {@code orderCodes} look like order numbers and {@code emails} like addresses. */
    private static ColumnProfile texts(String name, long orderCodes, long emails) {
        return new ColumnProfile(
                name,
                100,
                100,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                "-",
                Map.of(),
                List.of(),
                orderCodes,
                emails,
                0);
    }

    @Test
    void aNameColumnOfOrderNumbersIsTheOrderIdAndOneOfPersonNamesIsNot() {
        assertThat(FileProber.match(texts("Name", 100, 0)).meaning()).isEqualTo(Meaning.ORDER_ID);
        ColumnMatch people = FileProber.match(texts("Name", 2, 0));
        assertThat(people.meaning()).isEqualTo(Meaning.CUSTOMER_NAME);
        assertThat(people.contradiction())
                .isEqualTo("not the order id: only 2 of 100 values look like order numbers (#1001)");
    }

    @Test
    void anEmailColumnIsTheCustomerIdOnlyWhenItHoldsAddresses() {
        assertThat(FileProber.match(texts("Email", 0, 100)).meaning()).isEqualTo(Meaning.CUSTOMER_ID);
        assertThat(FileProber.match(texts("Customer Email", 0, 40)).meaning()).isNull();
    }

    @Test
    void exportHeadersCarryTheirMeanings() {
        assertThat(Meaning.QUANTITY.tier("Lineitem quantity")).isEqualTo(1);
        assertThat(Meaning.UNIT_PRICE.tier("Lineitem price")).isEqualTo(1);
        assertThat(Meaning.UNIT_PRICE.tier("Lineitem compare at price")).isZero();
        assertThat(Meaning.PRODUCT_ID.tier("Lineitem sku")).isEqualTo(1);
        assertThat(Meaning.PRODUCT_NAME.tier("Lineitem name")).isEqualTo(1);
        assertThat(Meaning.DISCOUNT.tier("Lineitem discount")).isEqualTo(1);
        assertThat(Meaning.ORDER_DATE.tier("Created at")).isEqualTo(1);
        assertThat(Meaning.ORDER_DATE.tier("Paid at")).isEqualTo(2);
        assertThat(Meaning.ORDER_DATE.tier("Close Date")).isEqualTo(1);
        assertThat(Meaning.ORDER_DATE.tier("Created Date")).isEqualTo(2);
        assertThat(Meaning.CUSTOMER_ID.tier("Account Name")).isEqualTo(1);
        assertThat(Meaning.ORDER_ID.tier("Order No")).isEqualTo(1);
        assertThat(Meaning.SALES_AMOUNT.tier("Subtotal")).isEqualTo(1);
        assertThat(Meaning.CATEGORY.tier("Product Family")).isEqualTo(1);
    }
}
