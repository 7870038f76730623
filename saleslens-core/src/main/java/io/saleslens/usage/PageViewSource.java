package io.saleslens.usage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Where the site's page view counts are kept: the history database's seam. */
@FunctionalInterface
public interface PageViewSource {
    /** A place that has never counted a view: every run says the site has not been served. */
    PageViewSource NONE = (days, today) -> Optional.empty();

    /**
     * The views per page name over the {@code days} days up to {@code today}, both counted; empty when no view has ever
     * been counted (the site has not served this output folder).
     */
    Optional<Map<String, Long>> lastDays(int days, LocalDate today);
}
