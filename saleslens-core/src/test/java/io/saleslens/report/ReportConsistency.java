package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a finished report as a sceptical reader would and lists what would make it untrustworthy: a claim and its
 * denial in the same report, a contributor that is "Unknown", a forecast of a non-negative measure below zero, text
 * that shows a formatting failure ("n/a%", "NaN", a placeholder left unfilled, a doubled label). Written independently
 * of the report code: it knows the wording of claims, not how they are made.
 */
final class ReportConsistency {
    /** A claim and the sentences that deny it; both in one report is a contradiction. */
    private record Opposites(String topic, Pattern claim, Pattern denial) {}

    private static final List<Opposites> OPPOSITES = List.of(
            new Opposites(
                    "seasonality",
                    Pattern.compile("Revenue follows a yearly pattern|peak months"),
                    Pattern.compile("No seasonal peak is claimed|Seasonality is not established"
                            + "|without a seasonal pattern|seasonality test establishes one")),
            new Opposites(
                    "forecast",
                    Pattern.compile("is expected to be about|for next month's plan"),
                    Pattern.compile("No revenue forecast is given|forecast is withheld")));

    private static final Pattern TREND = Pattern.compile("Monthly ([a-z ]+?) ha(?:s|ve) (grown|fallen) steadily");
    private static final Pattern UNKNOWN_CONTRIBUTOR = Pattern.compile(
            "\\bUnknown\\b[^.;]{0,40}(added the most|held it back|is the leading|alone brings|is the only)"
                    + "|(leading|runner-up)[^.;]{0,20}\\bUnknown\\b");
    private static final Pattern BROKEN_TEXT = Pattern.compile(
            "n/a%|\\bNaN\\b|\\bInfinity\\b|\\bnull\\b|\\{[a-z_]+}|(?i)\\b([a-z]+):\\s*\\1:|\\b([A-Za-z]{3,}) \\2\\b");
    private static final Pattern NEGATIVE_RANGE = Pattern.compile("between -|interval -|\\(interval -");

    private ReportConsistency() {}

    static List<String> problems(String report, JsonNode metrics) {
        Set<String> problems = new LinkedHashSet<>();
        for (Opposites opposites : OPPOSITES) {
            Matcher claim = opposites.claim().matcher(report);
            Matcher denial = opposites.denial().matcher(report);
            if (claim.find() && denial.find()) {
                problems.add(opposites.topic() + ": \"" + claim.group() + "\" and \"" + denial.group() + "\"");
            }
        }
        Matcher trend = TREND.matcher(report);
        List<String> trends = new ArrayList<>();
        while (trend.find()) {
            trends.add(trend.group(1) + " " + trend.group(2));
        }
        for (String stated : trends) {
            String measure = stated.substring(0, stated.lastIndexOf(' '));
            if (trends.contains(measure + " grown") && trends.contains(measure + " fallen")) {
                problems.add("trend of " + measure + " both grown and fallen");
            }
        }
        find(UNKNOWN_CONTRIBUTOR, report, "an Unknown contributor", problems);
        find(BROKEN_TEXT, report, "broken text", problems);
        find(NEGATIVE_RANGE, report, "a negative forecast range", problems);
        for (JsonNode month : metrics.path("forecast").path("months")) {
            for (String field : List.of("point", "lower80", "lower95")) {
                if (month.path(field).isNumber() && month.path(field).asDouble() < 0) {
                    problems.add("forecast " + field + " below zero in "
                            + month.path("month").asText());
                }
            }
        }
        return List.copyOf(problems);
    }

    private static void find(Pattern pattern, String report, String what, Set<String> problems) {
        Matcher matcher = pattern.matcher(report);
        while (matcher.find()) {
            int from = Math.max(0, matcher.start() - 40);
            int to = Math.min(report.length(), matcher.end() + 40);
            problems.add(what + ": …" + report.substring(from, to).replace('\n', ' ') + "…");
        }
    }
}
