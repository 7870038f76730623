package io.saleslens.campaign;

import static io.saleslens.campaign.CampaignArms.HOLDOUT;
import static io.saleslens.campaign.CampaignArms.TREATED;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.analysis.RfmAsOf;
import io.saleslens.campaign.LiftStatistics.GroupSummary;
import io.saleslens.campaign.LiftStatistics.Interval;
import io.saleslens.campaign.LiftStatistics.WelchResult;
import io.saleslens.engine.Engine;
import io.saleslens.spec.CampaignSpec;
import io.saleslens.stage.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * One campaign's entry of {@code campaigns.list}: who was in each arm, whether the data can measure it, and when it
 * can, each measure's treated and comparison values with the absolute and relative lift, their 95 % intervals and
 * whether the lift is significant at 5 % (the absolute interval excludes 0), and the incremental revenue.
 */
final class CampaignMeasurement {
    static final String DESIGN_HOLDOUT = "holdout";
    static final String DESIGN_SEGMENT = "same_segment_untargeted";
    static final String MEASURED = "measured";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Engine engine;
    private final CampaignArms arms;
    private final CampaignProgress progress;

    CampaignMeasurement(Engine engine, Path dataDir, String specOrigin) {
        this.engine = engine;
        this.arms = new CampaignArms(engine, dataDir, specOrigin);
        this.progress = new CampaignProgress(engine);
    }

    ObjectNode measure(int index, CampaignSpec campaign) {
        LocalDate start = LocalDate.parse(campaign.start().trim());
        LocalDate end = LocalDate.parse(campaign.end().trim());
        boolean holdout = campaign.hasHoldout();
        ObjectNode node = JSON.objectNode();
        node.put("name", campaign.name());
        node.put("start", start.toString());
        node.put("end", end.toString());
        node.put("design", holdout ? DESIGN_HOLDOUT : DESIGN_SEGMENT);
        // How reports name the campaign: a comparison without a holdout says so wherever its figure is shown.
        node.put(
                "report_name",
                holdout
                        ? campaign.name()
                        : campaign.name() + " (no holdout: against untargeted customers of the same RFM segments,"
                                + " a weaker design)");
        node.put(
                "design_note",
                holdout
                        ? "treated customers against the randomly held-out customers of the same audience"
                        : "weaker design: no holdout, so the comparison is the customers of the treated customers' RFM"
                                + " segments who were not targeted, with segments scored on the orders before the window"
                                + " (as they stood when it started); they were not chosen at random, so the lift may"
                                + " include how they differ");
        CampaignArms.Counts counts = arms.build(index, campaign);
        ObjectNode treated = node.putObject("treated");
        treated.put("listed", counts.treatedListed());
        treated.put("in_data", counts.treatedInData());
        node.put("listed_in_both_arms", counts.inBoth());
        String listed = CampaignArms.table(index);
        String treatedQuery = "SELECT customer_id, arm FROM " + listed + " WHERE customer_id IS NOT NULL";
        String comparisonQuery = null;
        if (!holdout) {
            String segments = Tables.scratch("campaign_" + index, "rfm_at_start");
            RfmAsOf.score(engine, start, segments);
            comparisonQuery = segmentComparison(listed, segments);
        }
        String armQuery = holdout ? treatedQuery : treatedQuery + " UNION ALL " + comparisonQuery;
        long comparisonInData =
                holdout ? counts.holdoutInData() : engine.queryLong("SELECT count(*) FROM (" + comparisonQuery + ") c");
        ObjectNode comparison = node.putObject("comparison");
        if (holdout) {
            comparison.put("listed", counts.holdoutListed());
        } else {
            comparison.putNull("listed");
        }
        comparison.put("in_data", comparisonInData);

        ArmOutcomes.DataSpan span = ArmOutcomes.DataSpan.of(engine);
        if (span == null || !span.covers(start, end)) {
            return refuse(
                    node,
                    "window_not_covered",
                    "the window " + start + " to " + end + " is not inside the data's dated orders ("
                            + (span == null ? "none" : span.first() + " to " + span.last())
                            + "), so its lift cannot be measured; run on data that covers the window, or set start"
                            + " and end within it");
        }
        if (counts.treatedInData() == 0) {
            return refuse(
                    node,
                    "audience_not_in_data",
                    "none of the " + counts.treatedListed() + " treated customers listed is in this data's customers"
                            + " (matched on customer_id); give the audience exported from this dataset");
        }
        if (holdout && comparisonInData == 0) {
            return refuse(
                    node,
                    "holdout_not_in_data",
                    "none of the " + counts.holdoutListed() + " held-out customers listed is in this data's"
                            + " customers (matched on customer_id); give the holdout exported with the audience");
        }
        Map<String, ArmOutcomes> outcomes = ArmOutcomes.of(engine, armQuery, start, end);
        ArmOutcomes treatedOutcome = outcomes.get(TREATED);
        ArmOutcomes comparisonOutcome = outcomes.get(HOLDOUT);
        if (treatedOutcome == null
                || comparisonOutcome == null
                || treatedOutcome.customers() < 2
                || comparisonOutcome.customers() < 2) {
            return refuse(
                    node,
                    "groups_too_small",
                    "each arm needs at least two customers in the data to compare; the treated arm has "
                            + counts.treatedInData() + " and the comparison " + comparisonInData);
        }
        node.put("status", MEASURED);
        node.putNull("message");
        ObjectNode measures = node.putObject("measures");
        for (String measure : campaign.measures()) {
            measures.set(measure, measureNode(measure, treatedOutcome, comparisonOutcome));
        }
        WelchResult revenue = LiftStatistics.welch(treatedOutcome.revenue(), comparisonOutcome.revenue());
        Interval incremental = revenue.interval().times(treatedOutcome.customers());
        ObjectNode incrementalRevenue = node.putObject("incremental_revenue");
        incrementalRevenue.put("value", money(revenue.difference() * treatedOutcome.customers()));
        incrementalRevenue.put("lower", money(incremental.lower()));
        incrementalRevenue.put("upper", money(incremental.upper()));
        incrementalRevenue.put("significant", revenue.interval().excludesZero());
        incrementalRevenue.put(
                "method",
                "revenue per customer lift (Welch) times the treated customers in the data, with its interval");
        node.set("weekly", progress.weekly(armQuery, start, end, treatedOutcome, comparisonOutcome));
        return node;
    }

    /**
     * Untargeted customers in the segments the treated customers were in when the window opened ({@code segments}:
     * the customers with an order before it, scored on those orders).
     */
    private static String segmentComparison(String listed, String segments) {
        return "SELECT r.customer_id, '" + HOLDOUT + "' AS arm FROM " + segments + " r WHERE r.segment IN"
                + " (SELECT t.segment FROM " + segments + " t JOIN " + listed
                + " l ON t.customer_id = l.customer_id WHERE l.arm = '" + TREATED + "')"
                + " AND r.customer_id NOT IN (SELECT customer_id FROM " + listed + " WHERE customer_id IS NOT NULL)";
    }

    private static ObjectNode measureNode(String measure, ArmOutcomes treated, ArmOutcomes comparison) {
        ObjectNode node = JSON.objectNode();
        boolean proportion = measure.equals("conversion");
        GroupSummary t = switch (measure) {
            case "conversion" -> treated.conversion();
            case "orders_per_customer" -> treated.orders();
            default -> treated.revenue();
        };
        GroupSummary c = switch (measure) {
            case "conversion" -> comparison.conversion();
            case "orders_per_customer" -> comparison.orders();
            default -> comparison.revenue();
        };
        Interval absolute;
        double critical;
        if (proportion) {
            absolute = LiftStatistics.newcombe(
                    treated.converted(), treated.customers(), comparison.converted(), comparison.customers());
            critical = LiftStatistics.normalCritical();
            node.put("method", "difference of proportions, Newcombe's hybrid score interval; relative lift by Fieller");
        } else {
            WelchResult welch = LiftStatistics.welch(t, c);
            absolute = welch.interval();
            critical = welch.t();
            node.put("method", "difference of means, Welch's t interval; relative lift by Fieller");
        }
        Interval relative = LiftStatistics.relativeLift(t, c, critical);
        boolean money = measure.equals("revenue_per_customer");
        node.put("treated", round(t.mean(), money));
        node.put("comparison", round(c.mean(), money));
        node.put("absolute_lift", round(t.mean() - c.mean(), money));
        node.put("absolute_lift_lower", round(absolute.lower(), money));
        node.put("absolute_lift_upper", round(absolute.upper(), money));
        if (c.mean() == 0) {
            node.putNull("relative_lift");
        } else {
            node.put("relative_lift", round(t.mean() / c.mean() - 1, false));
        }
        if (Double.isInfinite(relative.lower()) || Double.isInfinite(relative.upper())) {
            node.putNull("relative_lift_lower");
            node.putNull("relative_lift_upper");
            node.put("relative_lift_reason", "the comparison's value is too close to 0 to bound a ratio");
        } else {
            node.put("relative_lift_lower", round(relative.lower(), false));
            node.put("relative_lift_upper", round(relative.upper(), false));
        }
        node.put("significant", absolute.excludesZero());
        return node;
    }

    private static ObjectNode refuse(ObjectNode node, String status, String message) {
        node.put("status", status);
        node.put("message", message);
        return node;
    }

    private static double round(double value, boolean money) {
        return money ? money(value) : Math.round(value * 1e6) / 1e6;
    }

    private static double money(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
