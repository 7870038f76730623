package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MetricsDocumentTest {

    private final MetricsDocument document = new MetricsDocument(MetricsFixture.parse("""
            {"totals": {"revenue": 19225000, "first_order_date": "2012-12-17", "blank": " "},
             "segments": {"attribute": "marital_status", "rows": [{"code": "M"}, {"code": "S"}]},
             "categories": {"not": "an array"}}
            """));

    @Test
    void readsNestedArrays() {
        assertThat(document.array("segments", "rows"))
                .extracting(row -> row.get("code").asText())
                .containsExactly("M", "S");
    }

    @Test
    void readsMissingOrNonArrayAsEmpty() {
        assertThat(document.array("countries")).isEmpty();
        assertThat(document.array("categories")).isEmpty();
    }

    @Test
    void readsTextAndNumbersByPath() {
        assertThat(document.text("totals", "first_order_date")).contains("2012-12-17");
        assertThat(document.number("totals", "revenue")).hasValue(19_225_000);
        assertThat(document.text("totals", "blank")).isEmpty();
        assertThat(document.number("totals", "missing")).isEmpty();
    }

    @Test
    void acceptsNumbersWrittenAsText() {
        JsonNode row = MetricsFixture.parse("{\"revenue\": \"1234.50\", \"label\": \"Married\"}");

        assertThat(MetricsDocument.number(row, "revenue")).hasValue(1234.5);
        assertThat(MetricsDocument.number(row, "label")).isEmpty();
        assertThat(MetricsDocument.text(row, "label")).contains("Married");
    }

    @Test
    void rejectsMissingRoot() {
        assertThatThrownBy(() -> new MetricsDocument(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("root is null");
    }
}
