package io.saleslens.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The few terms a report may use that a sales manager need not know, each explained in one sentence. A report
 * lists only the terms its own text uses, so the glossary stays as short as the report allows.
 */
final class Glossary {
    private record Term(String name, Pattern used, String meaning) {}

    private static final List<Term> TERMS = List.of(
            term(
                    "AOV (average order value)",
                    "\\bAOV\\b|average order value",
                    "revenue divided by the number of orders."),
            term(
                    "RFM",
                    "\\bRFM\\b",
                    "Recency, Frequency, Monetary: each customer is scored on how recently, how often and how much"
                            + " they bought; segments such as Champions or At Risk follow from the three scores."),
            term(
                    "ABC classes",
                    "\\bABC\\b",
                    "products ranked by revenue: A are the products making the first 80% of revenue, B the next"
                            + " 15%, C the rest."),
            term(
                    "Cohort",
                    "\\bcohorts?\\b",
                    "the customers whose first order fell in the same month, followed together over the months"
                            + " after."),
            term(
                    "Partial month",
                    "\\b[Pp]artial (month|period)s?\\b",
                    "a month the data covers only in part (usually the first or last of an export); it is not"
                            + " compared with full months."),
            term(
                    "Complete months",
                    "\\bcomplete months?\\b",
                    "the months the data covers from their first to their last day; trends and patterns are"
                            + " measured on these only."),
            term(
                    "Data quality score",
                    "\\b[Qq]uality score\\b",
                    "the share of source rows that pass every check of severity fail."),
            term(
                    "Quarantine",
                    "\\bquarantin",
                    "rows kept out of the figures because they fail a check; they are written to the run's quarantine"
                            + " folder with the reason."),
            term(
                    "Prediction interval",
                    "\\bmost likely between\\b|\\binterval\\b",
                    "the range a forecast month's value falls in with the stated probability, if the past pattern"
                            + " holds."),
            term(
                    "p-value",
                    "\\bp (below )?[0-9]",
                    "the chance of seeing a pattern at least this strong in data without it; below 0.05 the pattern"
                            + " is taken as real."));

    private Glossary() {}

    private static Term term(String name, String used, String meaning) {
        return new Term(name, Pattern.compile(used), meaning);
    }

    /** A Glossary section for the terms the report's text uses; nothing when it uses none. */
    static void render(Markdown md, String reportText) {
        List<String> used = TERMS.stream()
                .filter(term -> term.used().matcher(reportText).find())
                .map(term -> "**" + term.name() + ":** " + term.meaning())
                .toList();
        if (!used.isEmpty()) {
            md.heading(2, "Glossary");
            md.bullets(used);
        }
    }
}
