package io.saleslens.stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the scope stage hands on: per source read by a row filter, the lines the filter keeps out of scope, which the
 * checks skip. A source without a filter is absent. Its figure is the lines kept out.
 */
public record OutOfScope(Map<String, Long> linesBySource) implements StageResult {

    public OutOfScope {
        linesBySource = Collections.unmodifiableMap(new LinkedHashMap<>(linesBySource));
    }

    public long lines(String source) {
        return linesBySource.getOrDefault(source, 0L);
    }

    @Override
    public long rows() {
        return linesBySource.values().stream().mapToLong(Long::longValue).sum();
    }
}
