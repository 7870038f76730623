package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.MoneySymbol;
import java.util.function.Supplier;

/** Money on a page is written in the currency of the run it shows (metrics.json dataset.currency), as its reports do. */
final class Currency {
    private Currency() {}

    /** Runs {@code work} with money written in the currency of the run whose metrics.json this is. */
    static <T> T of(JsonNode metrics, Supplier<T> work) {
        return MoneySymbol.in(metrics.path("dataset").path("currency").asText(null), work);
    }
}
