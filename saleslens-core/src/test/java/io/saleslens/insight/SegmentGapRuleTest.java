package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentGapRuleTest {
    private static final String METRICS = "{'segments_by': {'marital_status': {'attribute': 'marital_status', 'rows': ["
            + "{'code': 'M', 'label': 'Married', 'customers': 100, 'orders': 150, 'revenue': 150000, 'revenue_share': 0.6, 'avg_order_value': 1000.0, 'avg_unit_price': 400.0},"
            + "{'code': 'S', 'label': 'Single', 'customers': 50, 'orders': 80, 'revenue': 100000, 'revenue_share': 0.4, 'avg_order_value': 1250.0, 'avg_unit_price': 500.0},"
            + "{'code': 'Unknown', 'label': 'Unknown', 'customers': 2, 'orders': 1, 'revenue': 9000, 'revenue_share': 0.01, 'avg_order_value': 9000.0, 'avg_unit_price': 9000.0}]}}}";

    @Test
    void comparesTheHighestAndLowestKnownSegmentsAndStoresTheDerivedGaps() {
        InsightInput input = input(METRICS);
        List<Insight> insights = new SegmentGapRule().evaluate(input);

        assertThat(insights).hasSize(1);
        Insight gap = insights.get(0);
        assertThat(value(input, gap, "high").path("code").asText()).isEqualTo("S");
        assertThat(value(input, gap, "low").path("code").asText()).isEqualTo("M");
        assertThat(value(input, gap, "aov_gap").asDouble()).isEqualTo(250.0);
        assertThat(value(input, gap, "price_gap").asDouble()).isEqualTo(100.0);
        assertThat(value(input, gap, "high_frequency").asDouble()).isEqualTo(1.6);
        assertThat(gap.impact()).isEqualTo(0.6);
        assertThat(gap.cites())
                .contains(
                        "metrics.json#/insights/segment_gap/marital_status/aov_gap",
                        "metrics.json#/segments_by/marital_status/rows/1/avg_order_value");
    }

    @Test
    void staysQuietWithoutSegmentsOrWithASmallGap() {
        assertThat(new SegmentGapRule().evaluate(input("{}"))).isEmpty();
        assertThat(new SegmentGapRule().evaluate(input(METRICS.replace("1250.0", "1010.0"))))
                .isEmpty();
    }
}
