package io.saleslens.analysis;

import static java.util.Objects.requireNonNull;

import io.saleslens.analysis.stats.AbcClassification;
import java.util.List;

/**
 * The knobs of the analyse stage.
 *
 * @param abcAShare cumulative revenue share of ABC class A (0.80 by default)
 * @param abcBShare further share of class B (0.15 by default); C is the rest
 * @param ageBandStarts first age of each band after the youngest, ascending ([25, 35, 45, 55, 65] gives
 *     Under 25, 25-34, ..., 65 and over)
 * @param birthDateColumn the customer dimension's birth date column; no age band when it is absent
 * @param rfmRules the ordered RFM segment table
 * @param productListSize length of the top and bottom product lists and of the never-sold sample
 */
public record AnalysisOptions(
        double abcAShare,
        double abcBShare,
        List<Integer> ageBandStarts,
        String birthDateColumn,
        RfmRules rfmRules,
        int productListSize) {

    public AnalysisOptions {
        if (!(abcAShare > 0 && abcAShare <= 1) || !(abcBShare >= 0) || abcAShare + abcBShare > 1 + 1e-9) {
            throw new IllegalArgumentException("ABC thresholds need 0 < A <= 1, B >= 0 and A + B <= 1, got A "
                    + abcAShare + " and B " + abcBShare);
        }
        ageBandStarts = List.copyOf(requireNonNull(ageBandStarts, "ageBandStarts is null"));
        for (int i = 0; i < ageBandStarts.size(); i++) {
            if (ageBandStarts.get(i) <= 0 || (i > 0 && ageBandStarts.get(i) <= ageBandStarts.get(i - 1))) {
                throw new IllegalArgumentException(
                        "age band starts must be positive and ascending, got " + ageBandStarts);
            }
        }
        requireNonNull(birthDateColumn, "birthDateColumn is null");
        requireNonNull(rfmRules, "rfmRules is null");
        if (productListSize < 1) {
            throw new IllegalArgumentException("productListSize must be at least 1, got " + productListSize);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(
                AbcClassification.DEFAULT_A_SHARE,
                AbcClassification.DEFAULT_B_SHARE,
                List.of(25, 35, 45, 55, 65),
                "birthdate",
                RfmRules.defaults(),
                10);
    }
}
