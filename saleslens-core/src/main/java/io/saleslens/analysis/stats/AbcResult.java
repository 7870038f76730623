package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of {@link AbcClassification#classify(double[])}.
 *
 * @param classByIndex the class of each input item, in input order
 * @param countByClass number of items per class; every class is present, possibly with 0
 * @param revenueByClass summed value per class; every class is present, possibly with 0
 */
public record AbcResult(
        List<AbcClass> classByIndex, Map<AbcClass, Integer> countByClass, Map<AbcClass, Double> revenueByClass) {

    public AbcResult {
        classByIndex = List.copyOf(requireNonNull(classByIndex, "classByIndex is null"));
        countByClass = enumMapCopy(requireNonNull(countByClass, "countByClass is null"));
        revenueByClass = enumMapCopy(requireNonNull(revenueByClass, "revenueByClass is null"));
        for (AbcClass abcClass : AbcClass.values()) {
            if (!countByClass.containsKey(abcClass) || !revenueByClass.containsKey(abcClass)) {
                throw new IllegalArgumentException("class " + abcClass + " is missing from the totals");
            }
        }
    }

    public AbcClass classOf(int index) {
        return classByIndex.get(index);
    }

    // EnumMap keeps A, B, C order when the maps are printed or iterated.
    private static <V> Map<AbcClass, V> enumMapCopy(Map<AbcClass, V> map) {
        return Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
