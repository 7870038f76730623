package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.metrics.JsonRows;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeSegmentsTest extends GoldFixtureTest {
    @Test
    void bandsAgesOnTheLastOrderDateAndSendsImplausibleBirthDatesToUnknown() {
        ObjectNode bands = new AttributeSegments(engine, AnalysisOptions.defaults()).ageBands();

        assertThat(bands.get("reference_date").asText()).isEqualTo("2013-03-31");
        assertThat(bands.get("rows"))
                .extracting(row -> row.get("label").asText())
                .containsExactly("Under 25", "25-34", "35-44", "45-54", "55-64", "65 and over", "Unknown");
        // Customer 1 turns 33 on the reference date, customer 2 is still 32, customer 6 is 23; customer 5 is 63.
        assertThat(row(bands, "Under 25").get("customers").asLong()).isEqualTo(1);
        assertThat(row(bands, "25-34").get("customers").asLong()).isEqualTo(2);
        assertThat(row(bands, "25-34").get("revenue").asDouble()).isEqualTo(2150.0);
        assertThat(row(bands, "55-64").get("customers").asLong()).isEqualTo(1);
        // Born 2050 and born 1890.
        assertThat(row(bands, "Unknown").get("customers").asLong()).isEqualTo(2);
        assertThat(row(bands, "35-44").get("customers").asLong()).isZero();
        assertThat(row(bands, "35-44").get("avg_order_value").isNull()).isTrue();
    }

    @Test
    void crossesEverySegmentWithProductCategory() {
        ObjectNode cross = new AttributeSegments(engine, AnalysisOptions.defaults())
                .byCategory(List.of("marital_status", "age_band"));

        JsonNode married = cross.get("marital_status");
        // Married customers 1, 3 and 5: bikes 2,000 (customer 1), accessories 100 + 200 + 50.
        assertThat(married)
                .extracting(row ->
                        row.get("segment").asText() + "/" + row.get("category").asText() + "="
                                + row.get("revenue").asDouble() + "@"
                                + row.get("share_of_segment").asDouble())
                .containsExactly(
                        "Married/Bikes=2000.0@0.851064",
                        "Married/Accessories=350.0@0.148936",
                        "Single/Bikes=1000.0@0.909091",
                        "Single/Accessories=100.0@0.090909");
        assertThat(cross.get("age_band")).isNotEmpty();
    }

    @Test
    void summingPerCustomerAndCategoryGivesTheFiguresOfTheLines() {
        AttributeSegments segments = new AttributeSegments(engine, AnalysisOptions.defaults());
        assertThat(segments.customerSumsAreExact()).isTrue();
        ObjectNode cross = segments.byCategory(List.of("marital_status", "gender", "age_band"));
        for (String attribute : List.of("marital_status", "gender", "age_band")) {
            assertThat(cross.get(attribute))
                    .as(attribute)
                    .isEqualTo(JsonRows.array(engine.query(segments.fromLines(attribute))));
        }
    }

    @Test
    void anOrderNumberTwoCustomersShareCountsOnceInTheirSegment() {
        // Customers 1 and 3 are both married; order O9 has a line for each.
        engine.execute("INSERT INTO gold.fact_sales VALUES ('O9', 'P2', 1, DATE '2013-03-20', 1, 50, 50, '2013-03'),"
                + " ('O9', 'P2', 3, DATE '2013-03-20', 1, 50, 50, '2013-03')");
        GoldFixture.derive(engine);
        AttributeSegments segments = new AttributeSegments(engine, AnalysisOptions.defaults());
        assertThat(segments.customerSumsAreExact()).isFalse();

        JsonNode married = segments.byCategory(List.of("marital_status")).get("marital_status");
        // Married accessories: O1 (customer 1), O4 (customer 3), O7 (customer 5) and O9 once.
        assertThat(married)
                .filteredOn(row -> row.get("category").asText().equals("Accessories"))
                .extracting(row ->
                        row.get("segment").asText() + ": " + row.get("orders").asLong() + " orders, "
                                + row.get("customers").asLong() + " customers, "
                                + row.get("revenue").asDouble())
                .containsExactly("Married: 4 orders, 3 customers, 450.0", "Single: 2 orders, 2 customers, 100.0");
    }

    private static JsonNode row(ObjectNode bands, String label) {
        for (JsonNode row : bands.get("rows")) {
            if (row.get("label").asText().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no band " + label);
    }
}
