package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How one entity column is derived from a source: either a source column ({@code from}, trimmed,
 * blank becomes missing) or a SQL expression over the source's raw text columns ({@code expr}),
 * then typed, standardised through {@code map} and filled with {@code missing}.
 *
 * @param type text (default), integer, decimal or date
 * @param format date format in Java notation, such as yyyyMMdd; ISO dates when null
 * @param map raw value to label; unmapped values stay as they are and the raw value is kept as {@code <name>_code}
 * @param missing label for a missing value, applied in the gold model
 * @param onlyWhereMissing for enrichment columns: only fill where the entity's own value is missing
 */
public record ColumnSpec(
        String from,
        String expr,
        String type,
        String format,
        boolean required,
        Map<String, String> map,
        String missing,
        boolean onlyWhereMissing) {

    public ColumnSpec {
        if ((from == null) == (expr == null)) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "a column needs exactly one of 'from' or 'expr'");
        }
        type = type == null ? "text" : type;
        if (!Set.of("text", "integer", "decimal", "date").contains(type)) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "unknown column type '" + type + "' (use text, integer, decimal or date)");
        }
        map = map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The same column with another label for missing values. */
    public ColumnSpec withMissing(String label) {
        return new ColumnSpec(from, expr, type, format, required, map, label, onlyWhereMissing);
    }

    public boolean isMapped() {
        return !map.isEmpty();
    }
}
