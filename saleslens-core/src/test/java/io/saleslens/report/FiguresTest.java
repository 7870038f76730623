package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void moneyInMillionsThousandsAndUnits() {
        assertThat(Figures.money(15_180_561)).isEqualTo("$15.18M");
        assertThat(Figures.money(1_061.3577)).isEqualTo("$1,061.36");
        assertThat(Figures.money(456.2)).isEqualTo("$456.20");
        assertThat(Figures.money(226_820)).isEqualTo("$226,820");
        assertThat(Figures.money(-2_500_000)).isEqualTo("-$2.50M");
        assertThat(Figures.money(3_200_000_000.0)).isEqualTo("$3.20B");
    }

    @Test
    void countsWithThousandsSeparators() {
        assertThat(Figures.count(10_009)).isEqualTo("10,009");
        assertThat(Figures.count(7)).isEqualTo("7");
    }

    @Test
    void sharesAsPercentagesWithOneDecimal() {
        assertThat(Figures.percent(0.517115)).isEqualTo("51.7%");
        assertThat(Figures.percent(0.12345)).isEqualTo("12.3%");
        assertThat(Figures.percent(1)).isEqualTo("100.0%");
    }
}
