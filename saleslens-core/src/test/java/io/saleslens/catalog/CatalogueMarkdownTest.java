package io.saleslens.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueMarkdownTest {
    private static final Path PAGE = Path.of("..", "docs", "metrics.md");
    private static final Path README = Path.of("..", "README.md");
    private static final Path GENERATED = Path.of("target", "metric-catalogue.md");

    /** On a difference the expected text is written to target/metric-catalogue.md, to paste between the markers. */
    @Test
    void theCataloguePageHoldsTheCatalogueTablesBetweenItsMarkers() throws IOException {
        String readme = Files.readString(PAGE);
        String expected = CatalogueMarkdown.tables(MetricCatalogue.standard());
        int begin = readme.indexOf(CatalogueMarkdown.BEGIN);
        int end = readme.indexOf(CatalogueMarkdown.END);

        assertThat(begin).as("docs/metrics.md's begin marker").isNotNegative();
        assertThat(end)
                .as("docs/metrics.md's end marker, after the begin marker")
                .isGreaterThan(begin);
        String actual = readme.substring(begin + CatalogueMarkdown.BEGIN.length(), end);
        if (!actual.equals(expected)) {
            Files.createDirectories(GENERATED.getParent());
            Files.writeString(GENERATED, expected);
        }
        assertThat(actual)
                .as("docs/metrics.md's catalogue; the generated text is in " + GENERATED)
                .isEqualTo(expected);
    }

    /** The catalogue has one home: the README links to it and holds no copy that could fall behind. */
    @Test
    void theReadmeLinksToTheCataloguePageAndHoldsNoCopy() throws IOException {
        String readme = Files.readString(README);

        assertThat(readme).contains("(docs/metrics.md)");
        assertThat(readme).doesNotContain(CatalogueMarkdown.BEGIN).doesNotContain("| `totals.revenue` |");
    }

    @Test
    void listsEveryKeyInItsDocumentsTable() {
        String tables = CatalogueMarkdown.tables(MetricCatalogue.standard());
        String quality = tables.substring(tables.indexOf("#### quality.json"));

        assertThat(tables.substring(0, tables.indexOf("#### quality.json")))
                .contains("| `totals.revenue` | currency | up | run | Revenue of the order lines in scope. |")
                .contains("| `segment_monthly.rows[segment,month].revenue` | currency | up | segment month |")
                .doesNotContain("`score.overall`");
        assertThat(quality).contains("| `row_accounting{}.quarantined` | count | down | source |");
        for (Metric metric : MetricCatalogue.standard().metrics()) {
            assertThat(tables).contains("| `" + metric.key() + "` |");
        }
    }
}
