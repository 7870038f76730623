package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import io.saleslens.stage.WorkProgress;
import java.util.function.LongSupplier;

/**
 * Passes a stage's progress to the listener at most once per interval, and always the report that completes the work,
 * so a stage may report as often as it likes and a terminal still redraws about once a second.
 */
final class ThrottledProgress implements WorkProgress {
    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String stage;
    private final ProgressListener listener;
    private final LongSupplier nanoTime;
    private long lastReport = Long.MIN_VALUE;

    ThrottledProgress(String stage, ProgressListener listener, LongSupplier nanoTime) {
        this.stage = requireNonNull(stage, "stage is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
    }

    @Override
    public synchronized void advanced(long done, long total, String unit) {
        long now = nanoTime.getAsLong();
        if (done < total && lastReport != Long.MIN_VALUE && now - lastReport < INTERVAL_NANOS) {
            return;
        }
        lastReport = now;
        listener.stageProgress(stage, done, total, unit);
    }
}
