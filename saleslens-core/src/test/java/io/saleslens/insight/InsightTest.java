package io.saleslens.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightTest {

    @Test
    void scoreIsSignificanceTimesImpact() {
        Insight insight = new Insight(
                "trend",
                "revenue",
                0.9,
                0.5,
                "{p}",
                "",
                Map.of("p", FigureRef.metrics("/trend/p", FigureFormat.DECIMAL3)),
                Map.of());

        assertThat(insight.score()).isEqualTo(0.45);
        assertThat(insight.cites()).containsExactly("metrics.json#/trend/p");
    }

    @Test
    void rejectsAPlaceholderWithoutAFigure() {
        assertThatThrownBy(() -> new Insight("trend", "revenue", 1, 1, "up by {change}", "", Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("insight trend names {change} but has no such figure");
    }

    @Test
    void rejectsAMethodPlaceholderWithoutAFigure() {
        assertThatThrownBy(() -> new Insight("trend", "revenue", 1, 1, "up", "Mann-Kendall p {p}", Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("insight trend names {p} but has no such figure");
    }

    @Test
    void rejectsAScoreOutsideZeroToOne() {
        assertThatThrownBy(() -> new Insight("trend", "revenue", 1.5, 1, "", "", Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("significance must be between 0 and 1: 1.5");
    }
}
