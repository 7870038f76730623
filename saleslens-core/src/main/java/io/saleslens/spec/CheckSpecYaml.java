package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.List;
import java.util.Map;

/**
 * A check as the spec's YAML writes it, its rule, dimension, severity and action still words. Reading the words
 * here rather than field by field keeps the messages about them as they were: one per check, in the order rule,
 * dimension, action, severity, on the check's line.
 */
record CheckSpecYaml(
        String id,
        String rule,
        String column,
        List<String> columns,
        String expr,
        List<String> values,
        Map<String, String> map,
        Double min,
        Double max,
        boolean strict,
        String pattern,
        String format,
        Integer notBefore,
        boolean notInFuture,
        String references,
        String condition,
        Integer maxAgeDays,
        Long minRows,
        Long maxRows,
        String dimension,
        String severity,
        String action,
        String fix,
        String repairedBy,
        Double threshold) {

    CheckSpec toCheckSpec() {
        if (rule == null) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "a check needs a 'rule'");
        }
        CheckRule checkRule = CheckRule.of(rule);
        QualityDimension checkDimension = dimension == null ? null : QualityDimension.of(dimension);
        CheckAction checkAction = action == null ? null : CheckAction.of(action);
        Severity checkSeverity = severity == null ? null : Severity.of(severity);
        return CheckSpec.builder(checkRule)
                .id(id)
                .column(column)
                .columns(columns)
                .expr(expr)
                .values(values)
                .map(map)
                .min(min)
                .max(max)
                .strict(strict)
                .pattern(pattern)
                .format(format)
                .notBefore(notBefore)
                .notInFuture(notInFuture)
                .references(references)
                .condition(condition)
                .maxAgeDays(maxAgeDays)
                .minRows(minRows)
                .maxRows(maxRows)
                .dimension(checkDimension)
                .severity(checkSeverity)
                .action(checkAction)
                .fix(fix)
                .repairedBy(repairedBy)
                .threshold(threshold)
                .build();
    }
}
