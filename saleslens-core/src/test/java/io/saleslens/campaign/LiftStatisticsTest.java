package io.saleslens.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.saleslens.campaign.LiftStatistics.GroupSummary;
import io.saleslens.campaign.LiftStatistics.Interval;
import io.saleslens.campaign.LiftStatistics.WelchResult;
import java.util.Arrays;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiftStatisticsTest {

    /** Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10 (score, no continuity correction), the examples whose limits we could check to four places. */
    @ParameterizedTest
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.1705, 0.8090",
        "5, 56, 0, 29, -0.0381, 0.1926",
        "0, 10, 0, 20, -0.1611, 0.2775",
        "0, 10, 0, 10, -0.2775, 0.2775",
        "10, 10, 0, 20, 0.6791, 1.0000",
        "10, 10, 0, 10, 0.6075, 1.0000"
    })
    void newcombeMatchesThePublishedTable(long a, long m, long b, long n, double lower, double upper) {
        Interval interval = LiftStatistics.newcombe(a, m, b, n);

        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score): 81/263 and 15/148. */
    @Test
    void wilsonMatchesThePublishedTable() {
        assertThat(LiftStatistics.wilson(81, 263).lower()).isCloseTo(0.2553, within(0.00005));
        assertThat(LiftStatistics.wilson(81, 263).upper()).isCloseTo(0.3662, within(0.00005));
        assertThat(LiftStatistics.wilson(15, 148).lower()).isCloseTo(0.0624, within(0.00005));
        assertThat(LiftStatistics.wilson(15, 148).upper()).isCloseTo(0.1605, within(0.00005));
    }

    /**
     * R's documented example {@code t.test(extra ~ group, data = sleep)}: t = -1.8608, df = 17.776, 95 % interval
     * -3.3654832 to 0.2054832 for group 1 minus group 2.
     */
    @Test
    void welchMatchesRsSleepExample() {
        double[] group1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] group2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

        WelchResult result = LiftStatistics.welch(summary(group1), summary(group2));

        assertThat(result.difference()).isCloseTo(-1.58, within(1e-9));
        assertThat(result.degreesOfFreedom()).isCloseTo(17.776, within(0.0005));
        assertThat(result.interval().lower()).isCloseTo(-3.3654832, within(5e-7));
        assertThat(result.interval().upper()).isCloseTo(0.2054832, within(5e-7));
        assertThat(result.interval().excludesZero()).isFalse();
        // commons-math's independent Welch statistic agrees on the degrees of freedom's use: same t.
        double se = (result.interval().upper() - result.interval().lower()) / (2 * result.t());
        assertThat(result.difference() / se).isCloseTo(new TTest().t(group1, group2), within(1e-9));
    }

    @Test
    void fiellerMatchesTheQuadraticSolvedByHand() {
        // m1 = 12, v1 = 4/100; m0 = 10, v0 = 9/100; c = 2: (12 - 10r)^2 = 4 (0.04 + 0.09 r^2)
        // 99.64 r^2 - 240 r + 143.84 = 0 -> r = (240 +- sqrt(57600 - 57329.4...))/199.28
        GroupSummary treated = new GroupSummary(100, 12, 4);
        GroupSummary control = new GroupSummary(100, 10, 9);
        double a = 100 - 4 * 0.09;
        double b = 240;
        double c = 144 - 4 * 0.04;
        double root = Math.sqrt(b * b - 4 * a * c);

        Interval interval = LiftStatistics.relativeLift(treated, control, 2);

        assertThat(interval.lower()).isCloseTo((b - root) / (2 * a) - 1, within(1e-12));
        assertThat(interval.upper()).isCloseTo((b + root) / (2 * a) - 1, within(1e-12));
        assertThat(interval.contains(0.2)).isTrue();
    }

    @Test
    void fiellerAgreesWithWelchOnWhetherTheLiftIsZero() {
        GroupSummary control = new GroupSummary(400, 1.0, 1.0);
        for (double treatedMean : new double[] {1.05, 1.12, 1.2, 0.9, 0.85}) {
            GroupSummary treated = new GroupSummary(300, treatedMean, 1.3);
            WelchResult welch = LiftStatistics.welch(treated, control);

            Interval relative = LiftStatistics.relativeLift(treated, control, welch.t());

            assertThat(relative.excludesZero())
                    .as("treated mean %s", treatedMean)
                    .isEqualTo(welch.interval().excludesZero());
        }
    }

    @Test
    void fiellerIsUnboundedWhenTheControlMeanCouldBeZero() {
        Interval interval =
                LiftStatistics.relativeLift(new GroupSummary(10, 0.5, 1), new GroupSummary(10, 0.1, 1), 1.96);

        assertThat(interval.lower()).isInfinite();
        assertThat(interval.upper()).isInfinite();
    }

    @Test
    void proportionSummaryUsesTheSampleVariance() {
        GroupSummary summary = GroupSummary.ofProportion(3, 10);
        double[] values = {1, 1, 1, 0, 0, 0, 0, 0, 0, 0};

        assertThat(summary.mean()).isEqualTo(0.3);
        assertThat(summary.variance()).isCloseTo(summary(values).variance(), within(1e-12));
    }

    @Test
    void refusesGroupsTooSmallToCompare() {
        assertThatThrownBy(() -> LiftStatistics.welch(new GroupSummary(1, 1, 0), new GroupSummary(5, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("each group needs at least two customers");
    }

    private static GroupSummary summary(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return new GroupSummary(values.length, mean, squares / (values.length - 1));
    }
}
