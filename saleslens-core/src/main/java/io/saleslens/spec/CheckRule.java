package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** The rules a check can apply, each with the quality dimension it measures unless the spec names another. */
public enum CheckRule {
    NOT_NULL(QualityDimension.COMPLETENESS),
    UNIQUE(QualityDimension.UNIQUENESS),
    ACCEPTED_VALUES(QualityDimension.VALIDITY),
    RANGE(QualityDimension.VALIDITY),
    PATTERN(QualityDimension.VALIDITY),
    VALID_DATE(QualityDimension.VALIDITY),
    REFERENTIAL(QualityDimension.INTEGRITY),
    CONSISTENCY(QualityDimension.CONSISTENCY),
    FRESHNESS(QualityDimension.TIMELINESS),
    ROW_COUNT(QualityDimension.COMPLETENESS);

    private final QualityDimension defaultDimension;

    CheckRule(QualityDimension defaultDimension) {
        this.defaultDimension = defaultDimension;
    }

    public QualityDimension defaultDimension() {
        return defaultDimension;
    }

    /** Whether the rule measures the whole table (row count, freshness) rather than each row. */
    public boolean isTableRule() {
        return this == ROW_COUNT || this == FRESHNESS;
    }

    /** The spec's word for the rule, as quality.json writes it. */
    @JsonValue
    public String word() {
        return SpecWords.wordOf(this);
    }

    /** The rule a spec names, or a spec error listing the rules. */
    public static CheckRule of(String word) {
        return SpecWords.parse(CheckRule.class, "check rule", word);
    }

    @Override
    public String toString() {
        return word();
    }
}
