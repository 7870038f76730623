package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** The aspect of data quality a check measures; quality.json scores each dimension on its own. */
public enum QualityDimension {
    COMPLETENESS,
    VALIDITY,
    UNIQUENESS,
    CONSISTENCY,
    INTEGRITY,
    TIMELINESS;

    /** The spec's word for the dimension, as quality.json writes it. */
    @JsonValue
    public String word() {
        return SpecWords.wordOf(this);
    }

    /** The dimension a spec names, or a spec error listing the dimensions. */
    public static QualityDimension of(String word) {
        return SpecWords.parse(QualityDimension.class, "dimension", word);
    }

    @Override
    public String toString() {
        return word();
    }
}
