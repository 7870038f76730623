package io.saleslens.insight;

import java.util.List;

/**
 * Computes insights of one type from metrics.json and quality.json. A rule whose keys are absent
 * returns no insight and throws nothing: other stages add keys over time.
 */
public interface InsightRule {

    /** The insight type this rule produces, as profiles name it (snake_case). */
    String type();

    List<Insight> evaluate(InsightInput input);
}
