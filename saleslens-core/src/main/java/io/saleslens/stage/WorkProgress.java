package io.saleslens.stage;

/**
 * How far a stage has got through its work, for a stage that can take minutes (reading a large file): {@code done} of
 * {@code total} in {@code unit} ("bytes", "rows"). A listener may drop reports; the last one has {@code done == total}.
 */
@FunctionalInterface
public interface WorkProgress {

    WorkProgress NONE = (done, total, unit) -> {};

    void advanced(long done, long total, String unit);

    /** The same reports shifted by {@code before}: a part of the work that starts after {@code before} units. */
    default WorkProgress after(long before, long total) {
        return (done, partTotal, unit) -> advanced(before + done, total, unit);
    }
}
