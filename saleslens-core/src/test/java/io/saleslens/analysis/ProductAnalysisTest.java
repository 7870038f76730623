package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductAnalysisTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;
    private ObjectNode products;

    @BeforeEach
    void start() {
        engine = GoldFixture.engine(spill);
        products = new ProductAnalysis(engine, AnalysisOptions.defaults())
                .products(YearComparison.of(MonthlySeries.load(engine)));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void ranksTheProductsSoldByRevenueAndByUnits() {
        // The bike: 3 lines of 1,000; the helmet: 450 over 9 units in 5 orders.
        assertThat(products.get("products_sold").asLong()).isEqualTo(2);
        assertThat(products.get("top_by_revenue"))
                .extracting(row -> row.get("product_number").asText())
                .containsExactly("P1", "P2");
        assertThat(products.get("top_by_units"))
                .extracting(row -> row.get("product_number").asText())
                .containsExactly("P2", "P1");
        JsonNode helmet = products.get("top_by_units").get(0);
        assertThat(helmet.get("units").asLong()).isEqualTo(9);
        assertThat(helmet.get("orders").asLong()).isEqualTo(5);
    }

    @Test
    void listsCatalogProductsNeverSold() {
        assertThat(products.get("never_sold").get("count").asLong()).isEqualTo(1);
        assertThat(products.get("never_sold").get("sample"))
                .extracting(row -> row.get("product_number").asText())
                .containsExactly("P3");
    }

    @Test
    void mixesRevenueByEveryProductDimension() {
        JsonNode mix = products.get("mix");

        assertThat(mix.get("category"))
                .extracting(row -> row.get("name").asText() + "="
                        + row.get("revenue").asDouble() + "@"
                        + row.get("revenue_share").asDouble() + "/"
                        + row.get("orders").asLong() + "/" + row.get("products").asLong())
                .containsExactly("Bikes=3000.0@0.869565/3/1", "Accessories=450.0@0.130435/5/1");
        assertThat(mix.get("subcategory"))
                .extracting(row -> row.get("name").asText())
                .containsExactly("Road Bikes", "Helmets");
        assertThat(mix.get("product_line"))
                .extracting(row -> row.get("name").asText())
                .containsExactly("Road", "Other Sales");
        assertThat(mix.get("category").get(0).has("dimension_index")).isFalse();
        assertThat(mix.get("category").get(0).get("growth").isNull())
                .as("no full calendar year")
                .isTrue();
    }
}
