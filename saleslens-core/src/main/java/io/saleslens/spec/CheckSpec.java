package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data-quality check on a source, as the spec's {@code checks} section declares it. Row checks test
 * one value per row: a source column ({@code column}, trimmed, blank is missing) or a SQL expression over
 * the source's raw text columns ({@code expr}); {@code unique} may span several {@code columns}. Built in
 * code with {@link #builder}, which names only the settings a check has.
 *
 * @param values accepted_values: the accepted spellings
 * @param map accepted_values: known variants and the accepted value that replaces each
 * @param strict range: exclusive bounds (a value equal to min or max fails)
 * @param format valid_date and freshness: date pattern in Java notation (yyyyMMdd); ISO dates when null
 * @param notBefore valid_date: the earliest plausible year
 * @param notInFuture valid_date: a date after today fails
 * @param references referential: {@code source.column} whose values the checked value must be among
 * @param condition consistency: SQL over the raw columns that must hold; a row where it is false fails
 * @param maxAgeDays freshness: the newest date may be at most this many days before today
 * @param dimension the rule's default dimension when null
 * @param severity fail for a quarantining check, warn otherwise, when null
 * @param action flag when null
 * @param fix repair: SQL over {@code value} giving the repaired value, logged in repairs.csv
 * @param repairedBy repair: the entity repair rule ({@code entity.column}) that fixes the failing rows
 * @param threshold the share of rows that must pass (1 when null): a check fails when its pass rate is below
 */
public record CheckSpec(
        String id,
        CheckRule rule,
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
        QualityDimension dimension,
        Severity severity,
        CheckAction action,
        String fix,
        String repairedBy,
        Double threshold) {

    public CheckSpec {
        requireNonNull(rule, "rule is null");
        columns = columns == null ? (column == null ? List.of() : List.of(column)) : List.copyOf(columns);
        column = column == null && !columns.isEmpty() ? String.join("+", columns) : column;
        values = values == null ? List.of() : List.copyOf(values);
        map = map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        dimension = dimension == null ? rule.defaultDimension() : dimension;
        action = action == null ? CheckAction.FLAG : action;
        severity = severity == null ? (action == CheckAction.QUARANTINE ? Severity.FAIL : Severity.WARN) : severity;
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "threshold must be between 0 and 1, not " + threshold);
        }
    }

    /** A check as the spec's YAML writes it: its words are checked here, so an unknown one names the check's line. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CheckSpec fromYaml(CheckSpecYaml yaml) {
        return yaml.toCheckSpec();
    }

    public static Builder builder(CheckRule rule) {
        return new Builder(rule);
    }

    /** Checks on the whole table (row count, freshness) rather than on each row. */
    public boolean isTableCheck() {
        return rule.isTableRule();
    }

    /** The id in quality.json: the spec's, else source.column.rule. */
    public String idFor(String source) {
        if (id != null) {
            return id;
        }
        return source + "." + (column == null ? (expr == null ? "table" : "expr") : column) + "." + rule.word();
    }

    public double requiredPassRate() {
        return threshold == null ? 1.0 : threshold;
    }

    /** A not_null check built for a required entity column, so required columns are checked and reported like any other. */
    public static CheckSpec requiredValue(String id, String column, String expr) {
        return builder(CheckRule.NOT_NULL)
                .id(id)
                .column(column)
                .expr(expr)
                .dimension(QualityDimension.COMPLETENESS)
                .severity(Severity.FAIL)
                .action(CheckAction.QUARANTINE)
                .build();
    }

    /** Sets the settings a check has; the others keep the defaults the spec's YAML gives them when left out. */
    public static final class Builder {
        private final CheckRule rule;
        private String id;
        private String column;
        private List<String> columns;
        private String expr;
        private List<String> values;
        private Map<String, String> map;
        private Double min;
        private Double max;
        private boolean strict;
        private String pattern;
        private String format;
        private Integer notBefore;
        private boolean notInFuture;
        private String references;
        private String condition;
        private Integer maxAgeDays;
        private Long minRows;
        private Long maxRows;
        private QualityDimension dimension;
        private Severity severity;
        private CheckAction action;
        private String fix;
        private String repairedBy;
        private Double threshold;

        private Builder(CheckRule rule) {
            this.rule = requireNonNull(rule, "rule is null");
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder column(String column) {
            this.column = column;
            return this;
        }

        public Builder columns(List<String> columns) {
            this.columns = columns;
            return this;
        }

        public Builder expr(String expr) {
            this.expr = expr;
            return this;
        }

        public Builder values(List<String> values) {
            this.values = values;
            return this;
        }

        public Builder map(Map<String, String> map) {
            this.map = map;
            return this;
        }

        public Builder min(Double min) {
            this.min = min;
            return this;
        }

        public Builder max(Double max) {
            this.max = max;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder pattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        public Builder format(String format) {
            this.format = format;
            return this;
        }

        public Builder notBefore(Integer notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        public Builder notInFuture(boolean notInFuture) {
            this.notInFuture = notInFuture;
            return this;
        }

        public Builder references(String references) {
            this.references = references;
            return this;
        }

        public Builder condition(String condition) {
            this.condition = condition;
            return this;
        }

        public Builder maxAgeDays(Integer maxAgeDays) {
            this.maxAgeDays = maxAgeDays;
            return this;
        }

        public Builder minRows(Long minRows) {
            this.minRows = minRows;
            return this;
        }

        public Builder maxRows(Long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        public Builder dimension(QualityDimension dimension) {
            this.dimension = dimension;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder action(CheckAction action) {
            this.action = action;
            return this;
        }

        public Builder fix(String fix) {
            this.fix = fix;
            return this;
        }

        public Builder repairedBy(String repairedBy) {
            this.repairedBy = repairedBy;
            return this;
        }

        public Builder threshold(Double threshold) {
            this.threshold = threshold;
            return this;
        }

        public CheckSpec build() {
            return new CheckSpec(
                    id,
                    rule,
                    column,
                    columns,
                    expr,
                    values,
                    map,
                    min,
                    max,
                    strict,
                    pattern,
                    format,
                    notBefore,
                    notInFuture,
                    references,
                    condition,
                    maxAgeDays,
                    minRows,
                    maxRows,
                    dimension,
                    severity,
                    action,
                    fix,
                    repairedBy,
                    threshold);
        }
    }
}
