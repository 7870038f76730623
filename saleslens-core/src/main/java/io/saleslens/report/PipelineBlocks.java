package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.decimal;
import static io.saleslens.report.Figures.money;
import static io.saleslens.report.Figures.percent;
import static io.saleslens.report.Markdown.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline key figures of deal data ({@code pipeline} in metrics.json): win rates, open and weighted pipeline,
 * open deals by stage, average won deal and sales cycle, and the rep table per owner. Order data has no
 * {@code pipeline} key and these blocks write nothing. A figure the run could not compute shows its reason.
 */
final class PipelineBlocks {
    private PipelineBlocks() {}

    static void render(String block, Markdown md, JsonNode metrics) {
        JsonNode pipeline = metrics.path("pipeline");
        if (!pipeline.isObject()) {
            return;
        }
        if (block.equals("pipeline")) {
            summary(md, pipeline);
        } else {
            owners(md, pipeline.path("by").path("owner"));
        }
    }

    private static void summary(Markdown md, JsonNode pipeline) {
        JsonNode classes = pipeline.path("classes");
        md.paragraph(
                "**Pipeline:** " + count(pipeline.path("deals").asLong()) + " deals, "
                        + count(classes.at("/won/deals").asLong()) + " won, "
                        + count(classes.at("/lost/deals").asLong()) + " lost, "
                        + count(classes.at("/open/deals").asLong()) + " open and "
                        + count(classes.at("/unclassified/deals").asLong())
                        + " in a stage of no list" + unclassified(pipeline.path("unclassified_stages"))
                        + ". Win rate by count is won ÷ (won + lost)"
                        + " deals, by value won ÷ (won + lost) amount; the weighted pipeline is amount × probability over open deals.");
        JsonNode winRate = pipeline.path("win_rate");
        JsonNode open = pipeline.path("open_pipeline");
        JsonNode cycle = pipeline.path("sales_cycle_days");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Win rate (by count)", share(winRate.path("by_count"), winRate.path("reason"))));
        rows.add(List.of("Win rate (by value)", share(winRate.path("by_value"), winRate.path("reason"))));
        rows.add(List.of(
                "Won revenue",
                money(pipeline.path("won_revenue").asDouble())
                        + withoutAmount(classes.at("/won/deals_without_amount"))));
        rows.add(List.of(
                "Open pipeline",
                money(open.path("amount").asDouble()) + " in "
                        + count(open.path("deals").asLong()) + " deals"
                        + withoutAmount(open.path("deals_without_amount"))));
        rows.add(List.of("Weighted pipeline", amount(open.path("weighted"), open.path("weighted_reason"))));
        rows.add(List.of(
                "Average won deal",
                amount(pipeline.at("/average_won_deal/value"), pipeline.at("/average_won_deal/reason"))));
        rows.add(List.of("Sales cycle, median (days)", days(cycle.path("median"), cycle.path("reason"))));
        rows.add(List.of("Sales cycle, p90 (days)", days(cycle.path("p90"), cycle.path("reason"))));
        md.table(List.of("Pipeline figure", "Value"), rows);
        List<List<String>> stages = new ArrayList<>();
        for (JsonNode stage : open.path("by_stage")) {
            stages.add(List.of(
                    escape(stage.path("stage").asText()),
                    count(stage.path("deals").asLong()),
                    money(stage.path("amount").asDouble()),
                    stage.path("weighted").isNumber()
                            ? money(stage.path("weighted").asDouble())
                            : "–"));
        }
        if (!stages.isEmpty()) {
            md.table(List.of("Open stage", "Deals", "Amount", "Weighted"), stages);
        }
    }

    private static void owners(Markdown md, JsonNode owners) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode owner : owners) {
            rows.add(List.of(
                    escape(owner.path("owner").asText()),
                    count(owner.path("won_deals").asLong()),
                    money(owner.path("won_revenue").asDouble()),
                    owner.path("win_rate").isNumber()
                            ? percent(owner.path("win_rate").asDouble())
                            : "–",
                    money(owner.path("open_pipeline").asDouble())));
        }
        if (!rows.isEmpty()) {
            md.paragraph("Deals by owner (win rate – where an owner has no closed deal):");
            md.table(List.of("Owner", "Won deals", "Won revenue", "Win rate", "Open pipeline"), rows);
        }
    }

    private static String unclassified(JsonNode stages) {
        List<String> names = new ArrayList<>();
        stages.forEach(stage -> names.add(escape(stage.path("stage").asText("(blank)")) + " "
                + count(stage.path("deals").asLong())));
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }

    private static String withoutAmount(JsonNode deals) {
        return deals.asLong() == 0 ? "" : "; " + count(deals.asLong()) + " without an amount, not counted in it";
    }

    private static String share(JsonNode value, JsonNode reason) {
        return value.isNumber() ? percent(value.asDouble()) : "not computed: " + escape(reason.asText());
    }

    private static String amount(JsonNode value, JsonNode reason) {
        return value.isNumber() ? money(value.asDouble()) : "not computed: " + escape(reason.asText());
    }

    private static String days(JsonNode value, JsonNode reason) {
        return value.isNumber() ? decimal(value.asDouble(), 1) : "not computed: " + escape(reason.asText());
    }
}
