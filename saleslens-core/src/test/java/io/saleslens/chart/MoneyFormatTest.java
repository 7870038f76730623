package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParsePosition;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private final MoneyFormat format = new MoneyFormat();

    @Test
    void scalesToThousandsMillionsAndBillions() {
        assertThat(format.format(0)).isEqualTo("$0");
        assertThat(format.format(950)).isEqualTo("$950");
        assertThat(format.format(12.5)).isEqualTo("$12.5");
        assertThat(format.format(12_500)).isEqualTo("$12.5K");
        assertThat(format.format(1_200_000)).isEqualTo("$1.2M");
        assertThat(format.format(1_250_000L)).isEqualTo("$1.25M");
        assertThat(format.format(3_000_000_000.0)).isEqualTo("$3B");
    }

    @Test
    void roundsToTwoDecimalsOfTheUnit() {
        assertThat(format.format(29_356_250.25)).isEqualTo("$29.36M");
    }

    @Test
    void promotesWhenRoundingReachesTheNextUnit() {
        assertThat(format.format(999_999)).isEqualTo("$1M");
    }

    @Test
    void putsTheSignBeforeTheDollar() {
        assertThat(format.format(-1_500)).isEqualTo("-$1.5K");
    }

    @Test
    void showsNotANumberAsNotAvailable() {
        assertThat(format.format(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void doesNotParse() {
        ParsePosition position = new ParsePosition(0);

        assertThat(format.parse("$1.2M", position)).isNull();
        assertThat(position.getIndex()).isZero();
    }
}
