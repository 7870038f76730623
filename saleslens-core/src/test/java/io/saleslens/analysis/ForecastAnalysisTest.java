package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ForecastAnalysisTest {

    @Test
    void forecastsSixMonthsAfterTheLastCompleteMonthWithNestedIntervals() {
        MonthlySeries series = SeriesFixture.series(YearMonth.of(2010, 1), 48, SeriesFixture::seasonal);

        ObjectNode forecast = new ForecastAnalysis(series).forecast();

        assertThat(forecast.get("available").asBoolean())
                .as(forecast.get("reason").asText())
                .isTrue();
        assertThat(forecast.get("months")).hasSize(6);
        assertThat(forecast.at("/months/0/month").asText()).isEqualTo("2014-01");
        for (JsonNode month : forecast.get("months")) {
            assertThat(month.get("lower95").asDouble())
                    .isLessThanOrEqualTo(month.get("lower80").asDouble());
            assertThat(month.get("lower80").asDouble())
                    .isLessThanOrEqualTo(month.get("point").asDouble());
            assertThat(month.get("point").asDouble())
                    .isLessThanOrEqualTo(month.get("upper80").asDouble());
            assertThat(month.get("upper80").asDouble())
                    .isLessThanOrEqualTo(month.get("upper95").asDouble());
        }
        assertThat(forecast.get("backtest_mape_percent").asDouble()).isBetween(0.0, 10.0);
        assertThat(forecast.get("clipped_at_zero").asBoolean()).isFalse();
    }

    @Test
    void aNoisyLowSeriesHasItsRevenueIntervalsCutAtZeroAndSaysSo() {
        // Revenue near zero with large swings: a normal interval around it reaches below zero.
        MonthlySeries series = SeriesFixture.series(
                YearMonth.of(2010, 1), 48, i -> 50 + (i % 12 == 11 ? 4000 : 0) + (i * 7919 % 13) * 40);

        ObjectNode forecast = new ForecastAnalysis(series).forecast();

        assertThat(forecast.get("available").asBoolean())
                .as(forecast.get("reason").asText())
                .isTrue();
        assertThat(forecast.get("clipped_at_zero").asBoolean()).isTrue();
        for (JsonNode month : forecast.get("months")) {
            assertThat(month.get("lower95").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(month.get("point").asDouble()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void refusesASeriesTooShort() {
        MonthlySeries series = SeriesFixture.series(YearMonth.of(2013, 1), 18, SeriesFixture::seasonal);

        ObjectNode forecast = new ForecastAnalysis(series).forecast();

        assertThat(forecast.get("available").asBoolean()).isFalse();
        assertThat(forecast.get("reason").asText())
                .isEqualTo("series too short: 18 complete months, a seasonal model needs 24");
        assertThat(forecast.get("months")).isEmpty();
    }

    @Test
    void refusesASeriesThatBreaksInTheLastTwoYears() {
        MonthlySeries series =
                SeriesFixture.series(YearMonth.of(2010, 1), 48, i -> SeriesFixture.seasonal(i) * (i >= 36 ? 3 : 1));

        ObjectNode forecast = new ForecastAnalysis(series).forecast();

        assertThat(forecast.get("available").asBoolean()).isFalse();
        assertThat(forecast.get("reason").asText()).startsWith("series breaks: revenue level shift at 2013-01");
    }
}
