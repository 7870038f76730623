package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Columns looked up in another source and joined to the entity.
 *
 * @param match entity column to a SQL expression over the other source's raw columns that yields the same key
 */
public record EnrichSpec(String from, Map<String, String> match, Map<String, ColumnSpec> columns) {

    public EnrichSpec {
        if (from == null || match == null || match.size() != 1) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "an enrichment needs 'from' and exactly one 'match' entry");
        }
        match = Collections.unmodifiableMap(new LinkedHashMap<>(match));
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public String entityKey() {
        return match.keySet().iterator().next();
    }

    public String sourceKeyExpression() {
        return match.values().iterator().next();
    }
}
