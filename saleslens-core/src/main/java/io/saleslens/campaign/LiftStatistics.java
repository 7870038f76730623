package io.saleslens.campaign;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-group lift statistics from group summaries (count, mean, sample variance, successes): nothing here sees a
 * row. Means use Welch's t (unequal variances, Welch–Satterthwaite degrees of freedom); a difference of proportions
 * uses Newcombe's hybrid score interval (Newcombe 1998, method 10: Wilson score limits of each proportion, combined
 * by squares). The relative lift (treated ÷ control − 1) uses Fieller's interval for a ratio of independent means,
 * which contains 0 exactly when the absolute interval of a Welch comparison contains 0.
 */
public final class LiftStatistics {
    /** Two-sided 95 %. */
    public static final double CONFIDENCE = 0.95;

    private static final double Z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);

    private LiftStatistics() {}

    /** A group's summary of one measure: customers, mean per customer and the sample variance of that mean's values. */
    public record GroupSummary(long n, double mean, double variance) {
        public GroupSummary {
            if (n < 0 || !(variance >= 0) || Double.isNaN(mean)) {
                throw new IllegalArgumentException("bad group summary n=" + n + " mean=" + mean + " var=" + variance);
            }
        }

        /** The summary of a 0/1 measure with {@code successes} ones among {@code n}. */
        public static GroupSummary ofProportion(long successes, long n) {
            double p = n == 0 ? 0 : successes / (double) n;
            double variance = n < 2 ? 0 : p * (1 - p) * n / (n - 1);
            return new GroupSummary(n, p, variance);
        }
    }

    /** An interval; {@code lower} and {@code upper} may be infinite when the data cannot bound it. */
    public record Interval(double lower, double upper) {
        public boolean contains(double value) {
            return lower <= value && value <= upper;
        }

        public boolean excludesZero() {
            return lower > 0 || upper < 0;
        }

        public Interval times(double factor) {
            return factor >= 0
                    ? new Interval(lower * factor, upper * factor)
                    : new Interval(upper * factor, lower * factor);
        }
    }

    /** Welch's interval for treated mean − control mean, and its degrees of freedom. */
    public record WelchResult(double difference, Interval interval, double degreesOfFreedom, double t) {}

    public static WelchResult welch(GroupSummary treated, GroupSummary control) {
        requireTwo(treated, control);
        double v1 = treated.variance() / treated.n();
        double v0 = control.variance() / control.n();
        double se = Math.sqrt(v1 + v0);
        double difference = treated.mean() - control.mean();
        double df = welchDegreesOfFreedom(treated, control);
        double critical = tCritical(df);
        Interval interval = se == 0
                ? new Interval(difference, difference)
                : new Interval(difference - critical * se, difference + critical * se);
        return new WelchResult(difference, interval, df, critical);
    }

    /** Welch–Satterthwaite; when both variances are 0 the groups are constant and any df gives a zero-width interval. */
    static double welchDegreesOfFreedom(GroupSummary treated, GroupSummary control) {
        double v1 = treated.variance() / treated.n();
        double v0 = control.variance() / control.n();
        double denominator = v1 * v1 / (treated.n() - 1) + v0 * v0 / (control.n() - 1);
        return denominator == 0 ? treated.n() + control.n() - 2 : (v1 + v0) * (v1 + v0) / denominator;
    }

    /** The two-sided 95 % critical value of Student's t. */
    static double tCritical(double degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }

    /** Wilson's score interval for a proportion (Newcombe 1998's method 3 for one proportion). */
    public static Interval wilson(long successes, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a proportion needs at least one customer");
        }
        double p = successes / (double) n;
        double z2 = Z * Z;
        double centre = p + z2 / (2 * n);
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double denominator = 1 + z2 / n;
        return new Interval((centre - spread) / denominator, (centre + spread) / denominator);
    }

    /** Newcombe's hybrid score interval for p1 − p2 (his method 10). */
    public static Interval newcombe(long successes1, long n1, long successes2, long n2) {
        double p1 = successes1 / (double) n1;
        double p2 = successes2 / (double) n2;
        Interval w1 = wilson(successes1, n1);
        Interval w2 = wilson(successes2, n2);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
        double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
        return new Interval(lower, upper);
    }

    /**
     * Fieller's interval for treated mean ÷ control mean − 1, with critical value {@code critical}: the ratios r with
     * (m1 − r m0)² ≤ c² (v1 + r² v0), v the squared standard errors. Unbounded (infinite limits) when the control mean
     * is not itself distinguishable from 0.
     */
    public static Interval relativeLift(GroupSummary treated, GroupSummary control, double critical) {
        requireTwo(treated, control);
        double m1 = treated.mean();
        double m0 = control.mean();
        double v1 = treated.variance() / treated.n();
        double v0 = control.variance() / control.n();
        double c2 = critical * critical;
        double a = m0 * m0 - c2 * v0;
        if (a <= 0) {
            return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double b = m1 * m0;
        double discriminant = b * b - a * (m1 * m1 - c2 * v1);
        double root = Math.sqrt(Math.max(0, discriminant));
        return new Interval((b - root) / a - 1, (b + root) / a - 1);
    }

    /** The critical value Newcombe's and Wilson's intervals use: the 97.5 % point of the standard normal. */
    public static double normalCritical() {
        return Z;
    }

    private static void requireTwo(GroupSummary treated, GroupSummary control) {
        if (treated.n() < 2 || control.n() < 2) {
            throw new IllegalArgumentException("each group needs at least two customers");
        }
    }

    private static double square(double x) {
        return x * x;
    }
}
