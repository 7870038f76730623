package io.saleslens.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.spec.DatasetSpec;

/**
 * metrics.json {@code dataset}: what the figures are about, for every report's Scope section and every money figure:
 * the spec's name, where the spec came from, the currency of every amount and the time zone of the dates.
 */
final class DatasetFacts {
    private DatasetFacts() {}

    static void write(DatasetSpec spec, String specOrigin, ObjectNode metrics) {
        ObjectNode dataset = metrics.putObject("dataset");
        dataset.put("name", spec.name());
        dataset.put("spec_origin", specOrigin);
        dataset.put("currency", spec.currency());
        if (spec.timezone() == null) {
            dataset.putNull("timezone");
        } else {
            dataset.put("timezone", spec.timezone());
        }
    }
}
