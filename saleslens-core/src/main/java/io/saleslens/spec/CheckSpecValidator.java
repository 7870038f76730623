package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.List;
import java.util.Map;

/** Checks that the spec's {@code checks} section names real sources, entities and repairs and has each rule's settings. */
final class CheckSpecValidator {
    private CheckSpecValidator() {}

    static void validate(DatasetSpec spec, String origin) {
        spec.checks().forEach((source, checks) -> {
            if (!spec.sources().containsKey(source)) {
                throw invalid(origin + ": checks for source '" + source + "', which is not under 'sources'; use one of "
                        + String.join(", ", spec.sources().keySet()));
            }
            for (CheckSpec check : checks) {
                validate(spec, origin, source, check);
            }
        });
    }

    private static void validate(DatasetSpec spec, String origin, String source, CheckSpec check) {
        String where = origin + ": check " + check.idFor(source) + ": ";
        if (!check.isTableCheck()
                && check.columns().isEmpty()
                && check.expr() == null
                && check.rule() != CheckRule.CONSISTENCY) {
            throw invalid(where + "rule '" + check.rule() + "' needs 'column', 'columns' or 'expr'");
        }
        if (check.isTableCheck() && check.action() == CheckAction.QUARANTINE) {
            throw invalid(where + "a table check cannot quarantine rows; use action 'flag'");
        }
        switch (check.rule()) {
            case ACCEPTED_VALUES -> require(where, !check.values().isEmpty(), "'values' (the accepted spellings)");
            case RANGE -> require(where, check.min() != null || check.max() != null, "'min' or 'max'");
            case PATTERN -> require(where, check.pattern() != null, "'pattern' (a regular expression)");
            case CONSISTENCY -> require(where, check.condition() != null, "'condition' (SQL that must hold)");
            case FRESHNESS ->
                require(where, check.maxAgeDays() != null && check.column() != null, "'column' and 'max_age_days'");
            case ROW_COUNT ->
                require(where, check.minRows() != null || check.maxRows() != null, "'min_rows' or 'max_rows'");
            case REFERENTIAL -> validateReference(spec, where, check);
            case NOT_NULL, UNIQUE, VALID_DATE -> {}
        }
        if (check.action() == CheckAction.REPAIR) {
            require(
                    where,
                    check.fix() != null || !check.map().isEmpty() || check.repairedBy() != null,
                    "for action 'repair', 'fix', 'map' or 'repaired_by' (the rule that repairs the rows)");
            if (check.repairedBy() != null) {
                validateRepairedBy(spec, where, check.repairedBy());
            }
        }
        if (check.action() == CheckAction.QUARANTINE
                && spec.entities().values().stream().noneMatch(e -> e.from().equals(source))) {
            throw invalid(
                    where + "source '" + source + "' feeds no entity, so no row can leave silver; use action 'flag'");
        }
    }

    private static void validateReference(DatasetSpec spec, String where, CheckSpec check) {
        require(where, check.references() != null && check.references().contains("."), "'references: source.column'");
        String target = check.references().substring(0, check.references().indexOf('.'));
        if (!spec.sources().containsKey(target)) {
            throw invalid(where + "references source '" + target + "', which is not under 'sources'");
        }
    }

    private static void validateRepairedBy(DatasetSpec spec, String where, String repairedBy) {
        int dot = repairedBy.indexOf('.');
        EntitySpec entity = dot < 0 ? null : spec.entities().get(repairedBy.substring(0, dot));
        Map<String, RepairSpec> repairs = entity == null ? Map.of() : entity.repairs();
        if (entity == null || !repairs.containsKey(repairedBy.substring(dot + 1))) {
            List<String> known = spec.entities().entrySet().stream()
                    .flatMap(e -> e.getValue().repairs().keySet().stream().map(c -> e.getKey() + "." + c))
                    .toList();
            throw invalid(where + "repaired_by '" + repairedBy + "' is not a repair rule; use one of "
                    + (known.isEmpty() ? "(none: add 'repairs' to an entity)" : String.join(", ", known)));
        }
    }

    private static void require(String where, boolean present, String what) {
        if (!present) {
            throw invalid(where + "needs " + what);
        }
    }

    private static SalesLensException invalid(String message) {
        return new SalesLensException(ErrorCode.SPEC_INVALID, message);
    }
}
