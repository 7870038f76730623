package io.saleslens.serve;

import io.saleslens.history.PageViewCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the views of the site's pages in memory and adds them to the history now and then: a run has the history
 * file open for a moment at a time, and a page view must not wait for it. Only the page's name and the day are kept.
 */
final class PageViews {
    private final PageViewCounts counts;
    private final Clock clock;
    private Map<String, Long> pending = new HashMap<>();
    private LocalDate day;

    PageViews(PageViewCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    synchronized void viewed(String page) {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            flush();
            day = today;
        }
        pending.merge(page, 1L, Long::sum);
    }

    /** Adds the views counted so far to the history; what cannot be written now is kept for the next time. */
    void flush() {
        Map<String, Long> batch;
        LocalDate batchDay;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            batchDay = day;
            pending = new HashMap<>();
        }
        try {
            counts.add(batchDay, batch);
        } catch (RuntimeException e) {
            synchronized (this) {
                batch.forEach((page, views) -> pending.merge(page, views, Long::sum));
            }
            throw e;
        }
    }
}
