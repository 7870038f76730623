package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import org.junit.jupiter.api.Test;

class ColumnLimitTest {

    @Test
    void aSourceOfAThousandColumnsIsRead() {
        assertThatCode(() -> ColumnLimit.check("source_crm/cust_info.csv", 1_000))
                .doesNotThrowAnyException();
    }

    @Test
    void aSourceOfMoreIsRefusedNamingItsColumnsAndTheLimit() {
        assertThatThrownBy(() -> ColumnLimit.check("source_crm/cust_info.csv", 2_007))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("source_crm/cust_info.csv: 2,007 columns, more than the 1,000 a source may have; export"
                        + " only the columns the spec reads, or split the file")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.SOURCE_TOO_WIDE);
    }
}
