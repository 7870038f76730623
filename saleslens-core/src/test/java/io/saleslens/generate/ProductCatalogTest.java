package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProductCatalogTest {
    private static final LocalDate START = LocalDate.of(2011, 1, 1);
    private final ProductCatalog catalog = ProductCatalog.generate(42, START);

    @Test
    void holdsAFewHundredProductsWithUniqueSalesKeys() {
        List<Product> products = catalog.products();

        assertThat(products)
                .hasSize(Category.ALL.stream().mapToInt(Category::products).sum());
        assertThat(products.stream().map(Product::salesKey).distinct()).hasSize(products.size());
        assertThat(products).allMatch(p -> p.prdKey().substring(6).equals(p.salesKey()));
        assertThat(products).anyMatch(product -> product.versions() > 1);
        assertThat(products).allMatch(p -> p.versionStart(p.versions() - 1).isBefore(START));
    }

    @Test
    void onlySellableProductsAreDemanded() {
        for (double uniform = 0; uniform < 1; uniform += 0.001) {
            assertThat(catalog.product(catalog.demandedProductIndex(uniform)).sellable())
                    .isTrue();
        }
        assertThat(catalog.products()).anyMatch(product -> !product.sellable());
    }

    @Test
    void aFewProductsTakeMostOfTheDemand() {
        int draws = 100_000;
        int[] counts = new int[catalog.products().size()];
        for (int i = 0; i < draws; i++) {
            counts[catalog.demandedProductIndex((i + 0.5) / draws)]++;
        }
        int[] descending = Arrays.stream(counts)
                .boxed()
                .sorted((a, b) -> b - a)
                .mapToInt(Integer::intValue)
                .toArray();

        assertThat(Arrays.stream(descending, 0, 10).sum()).isGreaterThan(draws / 2);
    }

    @Test
    void theSameSeedGivesTheSameCatalog() {
        assertThat(ProductCatalog.generate(42, START).products()).isEqualTo(catalog.products());
        assertThat(ProductCatalog.generate(43, START).products().stream()
                        .map(Product::salesKey)
                        .collect(Collectors.toList()))
                .isNotEqualTo(catalog.products().stream().map(Product::salesKey).toList());
    }
}
