package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePointRuleTest {

    @Test
    void reportsEverySignificantLevelShiftOfEveryMeasure() {
        InsightInput input = input(
                "{'trend': {'measures': {"
                        + "'revenue': {'change_points': [{'month': '2013-05', 'p_value': 0.0001, 'mean_before': 100, 'mean_after': 250, 'relative_shift': 1.5}]},"
                        + "'avg_order_value': {'change_points': [{'month': '2012-01', 'p_value': 0.02, 'mean_before': 3000, 'mean_after': 1200,"
                        + " 'relative_shift': -0.6}, {'month': '2013-02', 'p_value': 0.2, 'mean_before': 1200, 'mean_after': 900, 'relative_shift': -0.25}]}}}}");

        List<Insight> shifts = new ChangePointRule().evaluate(input);

        assertThat(shifts).extracting(Insight::subject).containsExactly("revenue:2013-05", "avg_order_value:2012-01");
        assertThat(shifts.get(0).impact()).isEqualTo(1.0);
        assertThat(shifts.get(1).impact()).isEqualTo(0.3);
        assertThat(shifts.get(1).attributes())
                .containsEntry("direction", "down")
                .containsEntry("measure", "avg_order_value");
        assertThat(value(input, shifts.get(1), "month").asText()).isEqualTo("2012-01");
        assertThat(value(input, shifts.get(1), "shift").asDouble()).isEqualTo(-0.6);
        assertThat(shifts.get(1).text()).contains("average order value");
    }

    @Test
    void staysQuietWithoutChangePoints() {
        assertThat(new ChangePointRule().evaluate(input("{}"))).isEmpty();
        assertThat(new ChangePointRule().evaluate(input("{'trend': {'measures': {'revenue': {'change_points': []}}}}")))
                .isEmpty();
    }
}
