package io.saleslens.history;

import static java.util.Objects.requireNonNull;

import io.saleslens.catalog.MetricValue;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One run as the history holds it, with the run-grain figures asked for.
 *
 * @param run the run's folder name under runs/
 * @param figures the asked-for figures by catalogue key, in the order asked; a figure the run did not write is absent
 */
public record HistoryEntry(
        String run,
        String runId,
        Optional<String> dataset,
        String status,
        Optional<LocalDateTime> startedAt,
        Optional<LocalDateTime> finishedAt,
        Map<String, MetricValue> figures) {

    public HistoryEntry {
        requireNonNull(run, "run is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(dataset, "dataset is null");
        requireNonNull(status, "status is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(finishedAt, "finishedAt is null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public Optional<MetricValue> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }
}
