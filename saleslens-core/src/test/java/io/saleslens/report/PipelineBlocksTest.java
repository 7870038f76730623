package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBlocksTest {

    @Test
    void theSectionShowsTheFiguresOfTheMetricsAsTheyAre() {
        String section = render("pipeline", ReportFixtures.json("{'pipeline': " + ReportFixtures.PIPELINE + "}"));

        assertThat(section)
                .contains("**Pipeline:** 31 deals, 20 won, 6 lost, 4 open and 1 in a stage of no list (Stalled 1).")
                .contains("| Win rate (by count) | 76.9% |", "| Win rate (by value) | 64.5% |")
                .contains("| Won revenue | $5,000.00; 2 without an amount, not counted in it |")
                .contains("| Open pipeline | $1,800.00 in 4 deals; 1 without an amount, not counted in it |")
                .contains("| Weighted pipeline | $1,130.00 |", "| Average won deal | $277.78 |")
                .contains("| Sales cycle, median (days) | 41.5 |", "| Sales cycle, p90 (days) | 96.2 |")
                .contains(
                        "| Prospecting | 1 | $300.00 | $30.00 |\n| Negotiation | 3 | $1,500.00 | $1,100.00 |\n| Qualification | 0 | $0.00 | – |");
    }

    @Test
    void theRepTableListsEveryOwnerInTheMetricsOrder() {
        String table = render("pipeline_owners", ReportFixtures.json("{'pipeline': " + ReportFixtures.PIPELINE + "}"));

        assertThat(table)
                .contains(
                        "| Ana Lopez | 12 | $3,500.00 | 85.7% | $1,800.00 |\n| Ben Okafor | 8 | $1,500.00 | 66.7% | $0.00 |");
    }

    @Test
    void aFigureThatCouldNotBeComputedShowsItsReason() {
        ObjectNode metrics = (ObjectNode) ReportFixtures.json("{'pipeline': " + ReportFixtures.PIPELINE + "}");
        ObjectNode winRate = (ObjectNode) metrics.at("/pipeline/win_rate");
        winRate.putNull("by_count");
        winRate.put("reason", "no closed deals");

        assertThat(render("pipeline", metrics)).contains("| Win rate (by count) | not computed: no closed deals |");
    }

    @Test
    void orderDataWithoutPipelineGetsNoSection() {
        JsonNode metrics = ReportFixtures.json("{'totals': {'revenue': 1.0}}");

        assertThat(render("pipeline", metrics)).isEmpty();
        assertThat(render("pipeline_owners", metrics)).isEmpty();
    }

    @Test
    void everyNumberOfTheSectionIsAValueOfTheMetrics() {
        JsonNode metrics = ReportFixtures.json("{'pipeline': " + ReportFixtures.PIPELINE + "}");
        NumberProvenance provenance = new NumberProvenance("run", List.of(metrics));

        assertThat(provenance.unsourced(render("pipeline", metrics) + render("pipeline_owners", metrics)))
                .isEmpty();
    }

    private static String render(String block, JsonNode metrics) {
        Markdown md = new Markdown();
        PipelineBlocks.render(block, md, metrics);
        return md.toString();
    }
}
