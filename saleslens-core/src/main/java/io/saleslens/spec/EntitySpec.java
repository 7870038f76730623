package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity (customer, product or sale) built from a main source, optionally de-duplicated,
 * versioned, enriched from other sources and repaired.
 */
public record EntitySpec(
        String from,
        String key,
        DedupeSpec dedupe,
        VersionsSpec versions,
        Map<String, ColumnSpec> columns,
        List<EnrichSpec> enrich,
        Map<String, RepairSpec> repairs) {

    public EntitySpec {
        requireNonNull(from, "from is null");
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        enrich = enrich == null ? List.of() : List.copyOf(enrich);
        repairs = repairs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(repairs));
        if (key != null && !columns.containsKey(key)) {
            throw new IllegalArgumentException("key '" + key + "' is not one of the columns");
        }
    }

    EntitySpec withDedupe(DedupePolicy policy) {
        if (dedupe == null) {
            return this;
        }
        return new EntitySpec(from, key, new DedupeSpec(policy, dedupe.orderBy()), versions, columns, enrich, repairs);
    }

    /** Every column the gold model sees: the entity's own, then those its enrichments add. */
    public Map<String, ColumnSpec> allColumns() {
        var all = new LinkedHashMap<String, ColumnSpec>(columns);
        for (EnrichSpec enrichment : enrich) {
            enrichment.columns().forEach(all::putIfAbsent);
        }
        return all;
    }
}
