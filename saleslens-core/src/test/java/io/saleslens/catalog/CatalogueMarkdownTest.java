package io.saleslens.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueMarkdownTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path GENERATED = Path.of("target", "README-metric-catalogue.md");

    /** On a difference the expected text is written to target/README-metric-catalogue.md, to paste between the markers. */
    @Test
    void theReadmeHoldsTheCatalogueTablesBetweenItsMarkers() throws IOException {
        String readme = Files.readString(README);
        String expected = CatalogueMarkdown.tables(MetricCatalogue.standard());
        int begin = readme.indexOf(CatalogueMarkdown.BEGIN);
        int end = readme.indexOf(CatalogueMarkdown.END);

        assertThat(begin).as("the README's begin marker").isNotNegative();
        assertThat(end).as("the README's end marker, after the begin marker").isGreaterThan(begin);
        String actual = readme.substring(begin + CatalogueMarkdown.BEGIN.length(), end);
        if (!actual.equals(expected)) {
            Files.createDirectories(GENERATED.getParent());
            Files.writeString(GENERATED, expected);
        }
        assertThat(actual)
                .as("the README's catalogue; the generated text is in " + GENERATED)
                .isEqualTo(expected);
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
