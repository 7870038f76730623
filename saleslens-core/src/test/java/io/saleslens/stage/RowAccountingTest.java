package io.saleslens.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowAccountingTest {

    @Test
    void balancedWhenEveryRowIsCleanQuarantinedOrMerged() {
        assertThat(new RowAccounting("cust_info", 18_494, 18_484, 6, 4, 0).balanced())
                .isTrue();
    }

    @Test
    void repairedRowsAreAmongTheCleanOnesAndDoNotBalanceALoss() {
        assertThat(new RowAccounting("sales", 100, 98, 0, 1, 1).balanced()).isFalse();
    }
}
