package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity (customer, product or sale) built from a main source, optionally de-duplicated,
 * versioned, enriched from other sources and repaired.
 *
 * @param fillDown order-level columns carried to every line of their group before anything else reads them
 * @param where a row filter in SQL over the entity's typed columns (after fill_down): rows it does not keep leave the
 *     entity as {@code filtered}, their own term of the row accounting, never counted as bad data
 */
public record EntitySpec(
        String from,
        String key,
        DedupeSpec dedupe,
        VersionsSpec versions,
        Map<String, ColumnSpec> columns,
        List<EnrichSpec> enrich,
        Map<String, RepairSpec> repairs,
        FillDownSpec fillDown,
        String where) {

    public EntitySpec {
        requireNonNull(from, "from is null");
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        enrich = enrich == null ? List.of() : List.copyOf(enrich);
        repairs = repairs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(repairs));
        if (key != null && !columns.containsKey(key)) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "key '" + key + "' is not one of the columns");
        }
        if (fillDown != null) {
            for (String column : fillDown.columnsAndKey()) {
                if (!columns.containsKey(column)) {
                    throw new SalesLensException(
                            ErrorCode.SPEC_INVALID,
                            "fill_down names '" + column + "', which is not one of the columns ("
                                    + String.join(", ", columns.keySet()) + ")");
                }
            }
        }
        if (where != null && where.isBlank()) {
            where = null;
        }
    }

    /** An entity without a row filter or filled-down columns. */
    public EntitySpec(
            String from,
            String key,
            DedupeSpec dedupe,
            VersionsSpec versions,
            Map<String, ColumnSpec> columns,
            List<EnrichSpec> enrich,
            Map<String, RepairSpec> repairs) {
        this(from, key, dedupe, versions, columns, enrich, repairs, null, null);
    }

    EntitySpec withDedupe(DedupePolicy policy) {
        if (dedupe == null) {
            return this;
        }
        return new EntitySpec(
                from,
                key,
                new DedupeSpec(policy, dedupe.orderBy()),
                versions,
                columns,
                enrich,
                repairs,
                fillDown,
                where);
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
