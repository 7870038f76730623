package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerAcquisitionTest {
    private static final LocalDate START = LocalDate.of(2011, 1, 1);

    @Test
    void datesEachCustomerByTheMonthOfTheFirstOrder() {
        CustomerAcquisition acquisition = new CustomerAcquisition(START, 4);
        acquisition.startMonth(0);
        long january = acquisition.newCustomer();
        acquisition.startMonth(1);
        acquisition.startMonth(2);
        long march = acquisition.newCustomer();
        long alsoMarch = acquisition.newCustomer();
        acquisition.startMonth(3);

        assertThat(january).isEqualTo(CustomerAcquisition.FIRST_CUSTOMER_ID);
        assertThat(acquisition.firstOrderMonth(january)).isEqualTo(START);
        assertThat(acquisition.firstOrderMonth(march)).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(acquisition.firstOrderMonth(alsoMarch)).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(acquisition.customers()).isEqualTo(3);
        assertThat(acquisition.endId()).isEqualTo(alsoMarch + 1);
    }

    @Test
    void returningCustomersHaveAlreadyOrdered() {
        CustomerAcquisition acquisition = new CustomerAcquisition(START, 1);
        acquisition.startMonth(0);
        acquisition.newCustomer();
        acquisition.newCustomer();

        assertThat(acquisition.returningCustomer(0)).isEqualTo(CustomerAcquisition.FIRST_CUSTOMER_ID);
        assertThat(acquisition.returningCustomer(0.999)).isEqualTo(CustomerAcquisition.FIRST_CUSTOMER_ID + 1);
    }

    @Test
    void rejectsMonthsOutOfOrder() {
        CustomerAcquisition acquisition = new CustomerAcquisition(START, 3);
        acquisition.startMonth(0);

        assertThatThrownBy(() -> acquisition.startMonth(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("month 2 after month 0");
    }

    @Test
    void rejectsACustomerWhoNeverOrdered() {
        CustomerAcquisition acquisition = new CustomerAcquisition(START, 1);
        acquisition.startMonth(0);

        assertThatThrownBy(() -> acquisition.firstOrderMonth(CustomerAcquisition.FIRST_CUSTOMER_ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer 11000 has not ordered");
    }
}
