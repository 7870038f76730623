package io.saleslens.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void blankLinesAreNoRowsAndLeaveTheRowIdentityAlone() {
        RowAccounting accounting = new RowAccounting("sales_details", 60_398, 60_398, 0, 0, 35, 0, 35, 20);
        assertThat(accounting.balanced()).isTrue();
        assertThat(accounting.blankLines()).isEqualTo(20);
        assertThat(new RowAccounting("sales_details", 60_398, 60_398, 0, 0, 35).blankLines())
                .isZero();
    }

    @Test
    void aNegativeBlankLineCountIsRefused() {
        assertThatThrownBy(() -> new RowAccounting("sales_details", 1, 1, 0, 0, 0, 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blankLines must not be negative, got -1");
    }
}
