package io.saleslens.quality;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.CheckAction;
import io.saleslens.spec.CheckRule;
import io.saleslens.spec.QualityDimension;
import io.saleslens.spec.Severity;
import java.util.List;

/**
 * What one check found: how many of how many rows failed (a table check counts 0 or 1 of 1), the pass
 * rate against the threshold, and at most five failing rows.
 *
 * @param observed the measured value: the pass rate for a row check, the row count or newest date for a table check
 */
public record CheckResult(
        String id,
        String source,
        String column,
        CheckRule rule,
        QualityDimension dimension,
        Severity severity,
        CheckAction action,
        long failed,
        long total,
        double passRate,
        double requiredPassRate,
        String threshold,
        String observed,
        List<Sample> samples) {

    public static final int MAX_SAMPLES = 5;

    public CheckResult {
        requireNonNull(id, "id is null");
        requireNonNull(source, "source is null");
        samples = List.copyOf(samples);
        if (samples.size() > MAX_SAMPLES) {
            throw new IllegalArgumentException("at most " + MAX_SAMPLES + " samples, not " + samples.size());
        }
    }

    public boolean passed() {
        return passRate >= requiredPassRate;
    }

    /** A failing row: its line in the source file and the value that failed. */
    public record Sample(long line, String value) {}
}
