package io.saleslens.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which paths of a run's documents the catalogue follows, and the figures it leaves out on purpose, each group with
 * its reason. A path is written with its array positions as {@code []} ({@code segments.rows[].code}); in an
 * exclusion {@code *} stands for one name and {@code **} for the rest of the path.
 */
public final class FollowedFigures {
    /** Numbers (and flags) of metrics.json the catalogue does not follow. */
    static final List<String> METRICS_EXCLUDED = List.of(
            // Whether a campaign's lift is significant: a flag read off the interval limits, which are followed.
            "campaigns.list[].measures.*.significant",
            "campaigns.list[].incremental_revenue.significant",
            // segments repeats segments_by.<first attribute>, which the catalogue follows; segments keeps its revenue
            // key and the sales without a customer, which are the same for every attribute.
            "segments.rows[].customers",
            "segments.rows[].orders",
            "segments.rows[].units",
            "segments.rows[].revenue_share",
            "segments.rows[].avg_order_value",
            "segments.rows[].avg_unit_price",
            "segments_by.*.sales_without_customer.*",
            // Flags of the first and last month or week, which the data covers only in part.
            "monthly[].partial",
            "weekly[].partial",
            // Both months of a month-over-month or year-over-year figure are monthly[month] figures already; their
            // growth is followed. Of the year-to-date and last-complete-year sums, the current year is followed and
            // the previous one is the current one of the run a year before.
            "growth.month_over_month.*.current",
            "growth.month_over_month.*.previous",
            "growth.year_over_year.*.current",
            "growth.year_over_year.*.previous",
            "growth.year_to_date.*.previous",
            "growth.last_complete_year.*.previous",
            // Whether a comparison could be made (its figures are null when not), and the years compared.
            "growth.*.available",
            "territory.available",
            "territory.current_year",
            "territory.previous_year",
            "products.mix.years.*",
            // The same figures as countries[country].
            "territory.rows[].revenue",
            "territory.rows[].revenue_share",
            "territory.rows[].orders",
            "territory.rows[].customers",
            "territory.rows[].units",
            // Settings of the analyses.
            "products.abc.a_share",
            "products.abc.b_share",
            "concentration.*.top_fraction",
            // A curve drawn for people; gini, hhi and top_share follow its shape.
            "products.abc.pareto_curve[].*",
            // The same figure as totals.products_sold, and the same figures as products_top.
            "products.products_sold",
            "products.top_by_revenue[].units",
            "products.top_by_revenue[].orders",
            // The ten products with the least revenue or units: the tail of the catalogue, whose members change.
            "products.bottom_by_revenue[].*",
            "products.bottom_by_units[].*",
            // The last two complete months by category, product and segment, the input of the drivers insight;
            // monthly[month] and segment_monthly follow the months.
            "period_breakdowns.**",
            // The RFM rule table and where the NTILE(5) score boundaries fell: how customers were scored.
            "rfm.rules[].**",
            "rfm.score_ranges[].*",
            // Statistical tests and the forecast over the monthly series, whose inputs (monthly[month]) are followed.
            "seasonality.**",
            "trend.**",
            "anomalies.**",
            "forecast.**",
            // What the insight rules derive from catalogued figures, in the shape of the insight found.
            "insights.**");

    /** Numbers of quality.json the catalogue does not follow. */
    static final List<String> QUALITY_EXCLUDED = List.of(
            // How the files were read: encoding, delimiter, lines decoded from another encoding.
            "ingest.**",
            // Profiles of every column of every source, named by the data; the checks follow what matters in them.
            "profile.**",
            // Per entity, the counts row_accounting gives per source.
            "cleaning.**",
            // Rows per repair rule: summary and row_accounting follow the repaired values.
            "repairs[].rows",
            // The rows a check saw (its source's rows) and the pass rate it requires (a setting).
            "checks[].total",
            "checks[].required_pass_rate",
            // Sample lines, for people.
            "checks[].samples[].line");

    /** Numbers of usage.json the catalogue does not follow. */
    static final List<String> USAGE_EXCLUDED = List.of(
            // The window the views were counted over: a setting of the usage stage.
            "site_views.days");

    private static final Map<Document, List<Pattern>> EXCLUDED = Map.of(
            Document.METRICS, patterns(METRICS_EXCLUDED),
            Document.QUALITY, patterns(QUALITY_EXCLUDED),
            Document.USAGE, patterns(USAGE_EXCLUDED));

    private FollowedFigures() {}

    /** Whether a catalogue key covers the path, as a value or as the field naming a row. */
    public static boolean catalogued(Document document, List<String> path) {
        return MetricCatalogue.standard().metrics().stream()
                .filter(metric -> metric.document() == document)
                .anyMatch(metric -> metric.covers(path));
    }

    public static boolean excluded(Document document, List<String> path) {
        String written = written(path);
        return EXCLUDED.get(document).stream()
                .anyMatch(pattern -> pattern.matcher(written).matches());
    }

    /** The path with array positions as {@code []}: {@code segments.rows[].code}. */
    public static String written(List<String> path) {
        StringBuilder text = new StringBuilder();
        for (String name : path) {
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                text.append("[]");
            } else {
                text.append(text.length() == 0 ? "" : ".").append(name);
            }
        }
        return text.toString();
    }

    /** The paths of every number and boolean in the document. */
    public static List<List<String>> numericLeaves(JsonNode document) {
        List<List<String>> leaves = new ArrayList<>();
        collect(document, new ArrayList<>(), leaves);
        return leaves;
    }

    private static void collect(JsonNode node, List<String> path, List<List<String>> leaves) {
        if (node.isNumber() || node.isBoolean()) {
            leaves.add(List.copyOf(path));
        } else if (node.isObject()) {
            node.properties().forEach(entry -> {
                path.add(entry.getKey());
                collect(entry.getValue(), path, leaves);
                path.remove(path.size() - 1);
            });
        } else if (node.isArray()) {
            for (int position = 0; position < node.size(); position++) {
                path.add(String.valueOf(position));
                collect(node.get(position), path, leaves);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<Pattern> patterns(List<String> globs) {
        return globs.stream().map(FollowedFigures::pattern).toList();
    }

    static Pattern pattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int at = 0; at < glob.length(); at++) {
            char c = glob.charAt(at);
            if (glob.startsWith("**", at)) {
                regex.append(".*");
                at++;
            } else if (c == '*') {
                regex.append("[^.\\[]+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
