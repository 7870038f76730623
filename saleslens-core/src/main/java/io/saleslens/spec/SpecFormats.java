package io.saleslens.spec;

import io.saleslens.engine.DatePatterns;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Map;

/**
 * Checks the date patterns and amount formats of a spec before any file is read, naming the spec line and key and
 * what to write instead: a pattern the engines cannot read would otherwise fail deep inside a run.
 */
final class SpecFormats {
    private SpecFormats() {}

    static void validate(DatasetSpec spec, SpecLocations locations) {
        spec.entities().forEach((entityName, entity) -> {
            columns(entity.columns(), "entities." + entityName + ".columns", locations);
            for (int i = 0; i < entity.enrich().size(); i++) {
                columns(
                        entity.enrich().get(i).columns(),
                        "entities." + entityName + ".enrich[" + i + "].columns",
                        locations);
            }
        });
        if (spec.pipeline() != null) {
            columns(spec.pipeline().columns(), "pipeline.columns", locations);
        }
        spec.checks().forEach((source, checks) -> {
            for (int i = 0; i < checks.size(); i++) {
                CheckSpec check = checks.get(i);
                if (check.format() != null
                        && (check.rule() == CheckRule.VALID_DATE || check.rule() == CheckRule.FRESHNESS)) {
                    datePattern(check.format(), "checks." + source + "[" + i + "].format", locations);
                }
            }
        });
    }

    private static void columns(Map<String, ColumnSpec> columns, String path, SpecLocations locations) {
        columns.forEach((name, column) -> {
            if (column.format() == null) {
                return;
            }
            String at = path + "." + name + ".format";
            switch (column.type()) {
                case "date" -> datePattern(column.format(), at, locations);
                case "decimal" -> {
                    try {
                        AmountFormat.parse(column.format());
                    } catch (SalesLensException e) {
                        throw new SalesLensException(
                                ErrorCode.SPEC_INVALID, locations.at(at) + ": " + e.getMessage(), e);
                    }
                }
                default ->
                    throw new SalesLensException(
                            ErrorCode.SPEC_INVALID,
                            locations.at(at) + ": a " + column.type()
                                    + " column takes no format; give"
                                    + " type: date with a date pattern, or type: decimal with a sample amount such as \"1,234.56\"");
            }
        });
    }

    private static void datePattern(String pattern, String at, SpecLocations locations) {
        try {
            DatePatterns.validate(pattern);
        } catch (IllegalArgumentException e) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    locations.at(at) + ": " + e.getMessage() + ", such as \"yyyy-MM-dd HH:mm:ss Z\" or \"MM/dd/yyyy\"",
                    e);
        }
    }
}
