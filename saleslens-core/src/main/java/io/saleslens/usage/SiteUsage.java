package io.saleslens.usage;

import static java.util.Objects.requireNonNull;

import io.saleslens.stage.StageResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site's page views over the days up to a run, by page: a department report ({@code report:sales}), a dashboard
 * ({@code dashboard:executive_kpis_trend}) or a page of the site ({@code home}, {@code runs}, {@code run},
 * {@code history}). Empty views, with the reason, when the figures cannot be known.
 *
 * @param views the views by page name; empty when not measured
 * @param notMeasured why there are no figures, in words; empty when there are
 */
public record SiteUsage(
        int days, LocalDate from, LocalDate to, Optional<Map<String, Long>> views, Optional<String> notMeasured)
        implements StageResult {
    public static final String REPORT = "report:";
    public static final String DASHBOARD = "dashboard:";
    static final String NEVER_SERVED = "the site has not been served for this output folder (saleslens serve, or"
            + " watch --serve), so no page view has been counted";

    public SiteUsage {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        views = views.map(TreeMap::new);
        requireNonNull(notMeasured, "notMeasured is null");
        if (views.isPresent() == notMeasured.isPresent()) {
            throw new IllegalArgumentException("site usage needs either views or the reason there are none");
        }
    }

    static SiteUsage measured(int days, LocalDate to, Map<String, Long> views) {
        return new SiteUsage(days, to.minusDays(days - 1L), to, Optional.of(views), Optional.empty());
    }

    static SiteUsage notMeasured(int days, LocalDate to, String reason) {
        return new SiteUsage(days, to.minusDays(days - 1L), to, Optional.empty(), Optional.of(reason));
    }

    /** The views of the pages whose name starts with one of {@code prefixes} ("" for every page); empty when not measured. */
    public Optional<Long> viewsOf(String... prefixes) {
        return views.map(byPage -> byPage.entrySet().stream()
                .filter(page -> List.of(prefixes).stream().anyMatch(page.getKey()::startsWith))
                .mapToLong(Map.Entry::getValue)
                .sum());
    }

    /** A history that could not be read is a warning of the run; a site never served is not. */
    @Override
    public List<String> warnings() {
        return notMeasured
                .filter(reason -> !reason.equals(NEVER_SERVED))
                .map(reason -> List.of("site usage not measured: " + reason))
                .orElse(List.of());
    }

    @Override
    public long rows() {
        return views.map(Map::size).orElse(0);
    }
}
