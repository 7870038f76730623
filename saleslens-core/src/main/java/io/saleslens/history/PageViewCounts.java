package io.saleslens.history;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site's page view counts in the history: views per page (a department report, a dashboard, a site page) and
 * day, nothing else: no address, no cookie, no time of day. A run copies the recent counts into its metrics, so a
 * report shows how much its pages are read without computing anything.
 */
public final class PageViewCounts {
    private final HistoryDatabase database;

    public PageViewCounts(HistoryDatabase database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** Adds the views of {@code day}, by page, to the counts. */
    public void add(LocalDate day, Map<String, Long> views) {
        if (views.isEmpty()) {
            return;
        }
        database.use("count page views", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO page_views (page, day, views)"
                            + " VALUES (?, ?, ?) ON CONFLICT (page, day) DO UPDATE SET views = page_views.views + EXCLUDED.views")) {
                for (Map.Entry<String, Long> page : views.entrySet()) {
                    upsert.setString(1, page.getKey());
                    upsert.setDate(2, Date.valueOf(day));
                    upsert.setLong(3, page.getValue());
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * The views per page over the {@code days} days up to {@code today}, both counted, by page name; empty when the
     * history has never counted a view (the site never served), which a report says as "not measured".
     */
    public Optional<Map<String, Long>> lastDays(int days, LocalDate today) {
        if (!database.exists()) {
            return Optional.empty();
        }
        return database.use("read the page view counts", connection -> {
            try (PreparedStatement any = connection.prepareStatement("SELECT count(*) FROM page_views");
                    ResultSet counted = any.executeQuery()) {
                counted.next();
                if (counted.getLong(1) == 0) {
                    return Optional.empty();
                }
            }
            Map<String, Long> views = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT page, sum(views) FROM page_views WHERE day BETWEEN ? AND ? GROUP BY page")) {
                query.setDate(1, Date.valueOf(today.minusDays(days - 1L)));
                query.setDate(2, Date.valueOf(today));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        views.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return Optional.of(views);
        });
    }
}
