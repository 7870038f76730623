package io.saleslens.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.report.Figures;
import org.junit.jupiter.api.Test;

class MoneySymbolTest {

    @Test
    void theDatasetCurrencyWritesEveryMoneyFigureAndOnlyWhileItRenders() {
        assertThat(Figures.money(1_234.5)).isEqualTo("$1,234.50");
        assertThat(MoneySymbol.in("EUR", () -> Figures.money(1_234.5))).isEqualTo("€1,234.50");
        assertThat(MoneySymbol.in("GBP", () -> Figures.money(-15_180_000))).isEqualTo("-£15.18M");
        assertThat(MoneySymbol.in("CHF", () -> Figures.money(12_345))).isEqualTo("CHF 12,345");
        assertThat(MoneySymbol.in("CAD", () -> Figures.money(99))).isEqualTo("CA$99.00");
        assertThat(Figures.money(1_234.5)).as("outside a run's rendering").isEqualTo("$1,234.50");
    }
}
