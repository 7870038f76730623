package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.ColumnExpressions;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a spec asks for: those of its {@code checks} section, plus a not_null check for every
 * required entity column, so required values are measured and reported like any other rule.
 */
public final class CheckPlan {
    private CheckPlan() {}

    public static List<Check> of(DatasetSpec spec, SqlDialect sql) {
        List<Check> checks = new ArrayList<>();
        ColumnExpressions expressions = new ColumnExpressions(sql);
        spec.entities()
                .forEach((entityName, entity) -> entity.columns().forEach((name, column) -> {
                    if (column.required()) {
                        String id = entity.from() + "." + (column.from() == null ? name : column.from()) + ".required";
                        checks.add(new NotNullCheck(
                                entity.from(),
                                CheckSpec.requiredValue(id, column.from(), expressions.value(column)),
                                true));
                    }
                }));
        spec.checks().forEach((source, specs) -> specs.forEach(check -> checks.add(create(source, check))));
        return checks;
    }

    static Check create(String source, CheckSpec spec) {
        return switch (spec.rule()) {
            case NOT_NULL -> new NotNullCheck(source, spec, false);
            case UNIQUE -> new UniqueCheck(source, spec);
            case ACCEPTED_VALUES -> new AcceptedValuesCheck(source, spec);
            case RANGE -> new RangeCheck(source, spec);
            case PATTERN -> new PatternCheck(source, spec);
            case VALID_DATE -> new ValidDateCheck(source, spec);
            case REFERENTIAL -> new ReferentialCheck(source, spec);
            case CONSISTENCY -> new ConsistencyCheck(source, spec);
            case FRESHNESS -> new FreshnessCheck(source, spec);
            case ROW_COUNT -> new RowCountCheck(source, spec);
        };
    }
}
