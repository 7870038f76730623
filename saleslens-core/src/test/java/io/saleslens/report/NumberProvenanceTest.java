package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberProvenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static NumberProvenance provenance() throws Exception {
        JsonNode metrics = JSON.readTree(
                "{\"totals\": {\"revenue\": 15185985.0, \"orders\": 10009, \"last_order_date\": \"2014-01-28\"},"
                        + " \"categories\": [{\"category\": \"Road-150\", \"revenue_share\": 0.1243}]}");
        JsonNode quality = JSON.readTree("{\"row_accounting\": {\"loc_a101\": {\"rows_in\": 37}}}");
        return new NumberProvenance("20260124_231016_#6470e523", List.of(metrics, quality));
    }

    @Test
    void acceptsFormattedSourceValuesTextValuesAndStructure() throws Exception {
        String report =
                "**1. Revenue** $15.19M in 10,009 orders (12.4%) up to 2014-01-28 from `loc_a101` (37 rows), Road-150.\n"
                        + "Run 20260124_231016_#6470e523. **Immediate (Weeks 1-2):** | `metrics.json#/categories/0/revenue_share` |\n3. step";

        assertThat(provenance().unsourced(report)).isEmpty();
    }

    @Test
    void reportsNumbersWithoutASource() throws Exception {
        assertThat(provenance().unsourced("Revenue grew by $1.23M, 7.5% and 42 customers in 2015."))
                .containsExactly("$1.23M", "7.5%", "42", "2015");
    }

    @Test
    void readsTheVisibleTextOfHtmlOnly() {
        String html =
                "<html><head><style>td{padding:3px}</style></head><body><img src=\"data:image/png;base64,AAA123\" />"
                        + "<p>&lt;b&gt; 10,009</p></body></html>";

        assertThat(NumberProvenance.visibleText(html))
                .doesNotContain("3px", "AAA123")
                .contains("<b> 10,009");
    }
}
