package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.FigureRef;
import io.saleslens.insight.MoneySymbol;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling a sentence's figures from the documents, for the reports (Markdown) and the site (its own escaping). */
class FilledTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, FigureRef> FIGURES = Map.of(
            "revenue", FigureRef.metrics("/totals/revenue", FigureFormat.MONEY),
            "top", FigureRef.metrics("/top/name", FigureFormat.TEXT),
            "score", FigureRef.quality("/score/overall", FigureFormat.PERCENT));
    private static final String TEMPLATE = "Revenue was {revenue}, led by {top}; quality {score}.";

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void partsAreTheWordsAndTheFiguresUnescaped() throws Exception {
        JsonNode metrics = json("{\"totals\": {\"revenue\": 1234567.0}, \"top\": {\"name\": \"Bikes_*Road*\"}}");
        JsonNode quality = json("{\"score\": {\"overall\": 0.9016}}");

        FilledText filled = FilledText.of(metrics, quality, TEMPLATE, FIGURES).orElseThrow();

        assertThat(filled.parts())
                .extracting(FilledText.Part::text)
                .containsExactly("Revenue was ", "$1.23M", ", led by ", "Bikes_*Road*", "; quality ", "90.2%", ".");
        assertThat(filled.render(words -> words, figure -> "<b>" + figure + "</b>"))
                .isEqualTo("Revenue was <b>$1.23M</b>, led by <b>Bikes_*Road*</b>; quality <b>90.2%</b>.");
        // The reports' Markdown escapes a name from the data, not a number.
        assertThat(new FigureText(metrics, quality).fill(TEMPLATE, FIGURES))
                .isEqualTo("Revenue was $1.23M, led by Bikes\\_\\*Road\\*; quality 90.2%.");
        assertThat(MoneySymbol.in(
                        "EUR",
                        () -> FilledText.of(metrics, quality, TEMPLATE, FIGURES)
                                .orElseThrow()
                                .parts()
                                .get(1)
                                .text()))
                .isEqualTo("€1.23M");
    }

    @Test
    void aFigureTheDocumentsLackOrAPlaceholderWithoutAFigureCannotBeFilled() throws Exception {
        JsonNode quality = json("{\"score\": {\"overall\": 0.9}}");
        JsonNode withoutTop = json("{\"totals\": {\"revenue\": 10.0}}");
        JsonNode nullTop = json("{\"totals\": {\"revenue\": 10.0}, \"top\": {\"name\": null}}");

        assertThat(FilledText.of(withoutTop, quality, TEMPLATE, FIGURES)).isEmpty();
        assertThat(FilledText.of(nullTop, quality, TEMPLATE, FIGURES)).isEmpty();
        assertThat(FilledText.of(withoutTop, quality, "Revenue {revenue} in {month}.", FIGURES))
                .isEmpty();
        assertThat(new FigureText(withoutTop, quality).canFill(TEMPLATE, FIGURES))
                .isFalse();
        assertThat(FilledText.of(withoutTop, quality, "Revenue {revenue}.", FIGURES)
                        .orElseThrow()
                        .render(words -> words, figure -> figure))
                .isEqualTo("Revenue $10.00.");
    }
}
