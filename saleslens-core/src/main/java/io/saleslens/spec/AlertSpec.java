package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One alert of a spec: a name, a severity, the department that owns it and exactly one rule. An alert named as one of
 * the shipped defaults replaces that default; {@code enabled: false} with only the name switches it off.
 *
 * @param owner the department that receives the alert (sales, data-engineering …): its digest carries it
 * @param worseBy while the alert keeps holding it is not sent again, unless its figure moved this far further into
 *     the alert's range since it was last sent (in the rule's own unit: percent, points, days, the metric's unit)
 */
public record AlertSpec(
        String name,
        AlertSeverity severity,
        String owner,
        Boolean enabled,
        Double worseBy,
        Threshold threshold,
        Change change,
        Anomaly anomaly,
        Quality quality,
        Freshness freshness,
        Volume volume) {

    public static final int DEFAULT_ANOMALY_RUNS = 10;
    public static final double DEFAULT_ANOMALY_Z = 3.5;
    public static final int LEAST_ANOMALY_RUNS = 5;

    public AlertSpec {
        if (name == null || name.isBlank()) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "every alert needs a 'name'");
        }
        enabled = enabled == null ? Boolean.TRUE : enabled;
        severity = severity == null ? AlertSeverity.WARN : severity;
        int rules = countOf(threshold, change, anomaly, quality, freshness, volume);
        if (enabled && rules != 1) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "alert '" + name + "' needs exactly one rule (threshold, change, anomaly, quality, freshness or"
                            + " volume), not " + rules + "; to switch a shipped alert off write only its name and"
                            + " 'enabled: false'");
        }
        if (enabled && (owner == null || owner.isBlank())) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "alert '" + name + "' needs an 'owner', the department that receives it (such as sales or"
                            + " data-engineering)");
        }
        if (worseBy != null && !(worseBy > 0)) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "alert '" + name + "': worse_by must be a positive step, not " + worseBy);
        }
    }

    /** An alert with its one rule, as code writes one (a spec writes the rule under its kind's key). */
    public static AlertSpec of(String name, AlertSeverity severity, String owner, Double worseBy, Rule rule) {
        return new AlertSpec(
                name,
                severity,
                owner,
                true,
                worseBy,
                rule instanceof Threshold threshold ? threshold : null,
                rule instanceof Change change ? change : null,
                rule instanceof Anomaly anomaly ? anomaly : null,
                rule instanceof Quality quality ? quality : null,
                rule instanceof Freshness freshness ? freshness : null,
                rule instanceof Volume volume ? volume : null);
    }

    /** A switched-off alert of this name. */
    public static AlertSpec disabled(String name) {
        return new AlertSpec(name, null, null, false, null, null, null, null, null, null, null);
    }

    /** The alert's one rule; empty for a switched-off alert. */
    public Optional<Rule> rule() {
        return Stream.<Rule>of(threshold, change, anomaly, quality, freshness, volume)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static int countOf(Rule... rules) {
        return (int) Stream.of(rules).filter(Objects::nonNull).count();
    }

    /** The kinds of rule an alert can have. */
    public sealed interface Rule permits Threshold, Change, Anomaly, Quality, Freshness, Volume {}

    /**
     * The figure against a bound: {@code metric} is a catalogue key, {@code member} the member of its grain for a key
     * with one (a country, a segment).
     */
    public record Threshold(String metric, String member, ComparisonOperator op, Double value) implements Rule {
        public Threshold {
            requireNonNull(metric, "a threshold alert needs 'metric', a key of the metric catalogue");
            requireNonNull(op, "a threshold alert needs 'op': \"<\", \"<=\", \">\" or \">=\"");
            requireNonNull(value, "a threshold alert needs 'value', the bound");
        }
    }

    /**
     * The change of a figure since the previous run, in percent of the previous value ({@code as: percent}, the
     * default) or in the metric's unit ({@code as: absolute}); a fall is negative.
     */
    public record Change(String metric, String member, ComparisonOperator op, Double value, String as) implements Rule {
        public Change {
            requireNonNull(metric, "a change alert needs 'metric', a key of the metric catalogue");
            requireNonNull(op, "a change alert needs 'op': \"<\", \"<=\", \">\" or \">=\"");
            requireNonNull(value, "a change alert needs 'value', the bound of the change (-2 for a fall of 2 %)");
            as = as == null ? "percent" : as;
            if (!as.equals("percent") && !as.equals("absolute")) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID, "a change alert's 'as' is percent or absolute, not '" + as + "'");
            }
        }

        public boolean percent() {
            return as.equals("percent");
        }
    }

    /**
     * The figure far from its own history: robust z-score 0.6745 × (value − median) ÷ MAD over the last {@code runs}
     * successful runs of the dataset; at least {@value #LEAST_ANOMALY_RUNS} of them.
     */
    public record Anomaly(String metric, Integer runs, Double z) implements Rule {
        public Anomaly {
            requireNonNull(metric, "an anomaly alert needs 'metric', a key of the metric catalogue");
            runs = runs == null ? DEFAULT_ANOMALY_RUNS : runs;
            z = z == null ? DEFAULT_ANOMALY_Z : z;
            if (runs < LEAST_ANOMALY_RUNS) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "an anomaly alert needs runs of at least " + LEAST_ANOMALY_RUNS + ", not " + runs);
            }
            if (!(z > 0)) {
                throw new SalesLensException(ErrorCode.SPEC_INVALID, "an anomaly alert's z must be positive");
            }
        }
    }

    /**
     * The data quality: the overall score fell by more than {@code scoreDrop} points (of 100) since the previous run,
     * or, with {@code newFailingCheck: true}, a check that passed in the previous run fails.
     */
    public record Quality(Double scoreDrop, Boolean newFailingCheck) implements Rule {
        public Quality {
            boolean drop = scoreDrop != null;
            boolean check = Boolean.TRUE.equals(newFailingCheck);
            if (drop == check) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "a quality alert needs either 'score_drop' (points of 100) or 'new_failing_check: true'");
            }
        }
    }

    /** The newest order is older than {@code days} days when the run starts. */
    public record Freshness(Integer days) implements Rule {
        public Freshness {
            if (days == null || days < 0) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID, "a freshness alert needs 'days', how old the newest order may be");
            }
        }
    }

    /** A source's rows read fell by more than {@code dropPercent} % since the previous run; every source when null. */
    public record Volume(String source, Double dropPercent) implements Rule {
        public Volume {
            if (dropPercent == null || !(dropPercent > 0)) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID, "a volume alert needs 'drop_percent', a positive percent");
            }
        }
    }
}
