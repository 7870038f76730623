package io.saleslens.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What cleaning did to one entity's source rows.
 *
 * @param rowsIn rows that reached bronze
 * @param filtered rows the entity's row filter ({@code where}) kept out: not bad data, out of scope
 * @param repairsByRule rows each repair rule changed, keyed {@code entity.column}
 * @param invalidByColumn values that did not parse as their column's type, or lay outside its plausible range
 *     ({@link ColumnExpressions}), and became missing
 * @param invalidSamples the first of those values per column that has any, with line, text and reason
 */
public record EntityCleaning(
        String entity,
        String source,
        long rowsIn,
        long rowsOut,
        long quarantined,
        long duplicatesMerged,
        long rowsRepaired,
        Map<String, Long> repairsByRule,
        Map<String, Long> invalidByColumn,
        Map<String, List<InvalidValue>> invalidSamples,
        long filtered) {

    public EntityCleaning {
        requireNonNull(entity, "entity is null");
        requireNonNull(source, "source is null");
        repairsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(repairsByRule));
        invalidByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(invalidByColumn));
        Map<String, List<InvalidValue>> samples = new LinkedHashMap<>();
        invalidSamples.forEach((column, values) -> samples.put(column, List.copyOf(values)));
        invalidSamples = Collections.unmodifiableMap(samples);
    }

    /** A cleaning without invalid-value samples. */
    public EntityCleaning(
            String entity,
            String source,
            long rowsIn,
            long rowsOut,
            long quarantined,
            long duplicatesMerged,
            long rowsRepaired,
            Map<String, Long> repairsByRule,
            Map<String, Long> invalidByColumn,
            long filtered) {
        this(
                entity,
                source,
                rowsIn,
                rowsOut,
                quarantined,
                duplicatesMerged,
                rowsRepaired,
                repairsByRule,
                invalidByColumn,
                Map.of(),
                filtered);
    }
}
