package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import org.junit.jupiter.api.Test;

class AmountFormatTest {

    @Test
    void theLastSeparatorOfTheSampleIsTheDecimalOne() {
        assertThat(AmountFormat.parse("1,234.56")).isEqualTo(new AmountFormat('.', ','));
        assertThat(AmountFormat.parse("1.234,56")).isEqualTo(new AmountFormat(',', '.'));
        assertThat(AmountFormat.parse("12,5")).isEqualTo(new AmountFormat(',', '.'));
        assertThat(AmountFormat.parse("1,234"))
                .as("three digits after one separator: thousands")
                .isEqualTo(new AmountFormat('.', ','));
        assertThat(AmountFormat.parse("1 234,56")).isEqualTo(new AmountFormat(',', '.'));
    }

    @Test
    void aSampleThatIsNotANumberIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> AmountFormat.parse("$#,##0.00"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("\"1,234.56\"")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.SPEC_INVALID);
    }
}
