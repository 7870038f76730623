package io.saleslens.catalog;

import java.util.Locale;

/**
 * The catalogue as Markdown tables, one per document: docs/metrics.md holds this text between two marker comments,
 * and a test fails when the two differ, so that page lists exactly the figures the catalogue follows.
 */
public final class CatalogueMarkdown {
    public static final String BEGIN = "<!-- metric catalogue: generated from metrics.yaml by CatalogueMarkdown -->";
    public static final String END = "<!-- end of the metric catalogue -->";

    private CatalogueMarkdown() {}

    /** The text between the markers, without them. */
    public static String tables(MetricCatalogue catalogue) {
        StringBuilder text = new StringBuilder();
        text.append("\n### Metric catalogue\n\n")
                .append(
                        "The figures a team follows from run to run, by the key that names them in history, comparisons,")
                .append(" targets and alerts\n(`saleslens-core/src/main/resources/io/saleslens/catalog/metrics.yaml`;")
                .append(" this section is generated from it). A key is the\nfigure's path in its document:")
                .append(
                        " `name[field]` steps over an array's rows, each named by `field` (`[field,field]`: by\ntwo fields),")
                .append(
                        " `name[]` over an array's values by position from 0, `name{}` over an object's members; a value of a")
                .append("\nkey with several such steps is named by its members joined with ` / `")
                .append(" (`marital_status / Married`). Good news:\nwhich way a change is favourable.\n");
        for (Document document : Document.values()) {
            text.append("\n#### ")
                    .append(document.fileName())
                    .append("\n\n| key | unit | good news | grain | description |\n| --- | --- | --- | --- | --- |\n");
            for (Metric metric : catalogue.metrics()) {
                if (metric.document() == document) {
                    text.append("| `")
                            .append(metric.key())
                            .append("` | ")
                            .append(name(metric.unit()))
                            .append(" | ")
                            .append(name(metric.direction()))
                            .append(" | ")
                            .append(name(metric.grain()))
                            .append(" | ")
                            .append(metric.description())
                            .append(" |\n");
                }
            }
        }
        return text.append('\n').toString();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
