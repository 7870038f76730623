package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Markdown.escape;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.Insight;
import io.saleslens.report.ActionPlan.FiredAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One department's report, in the seed report's structure: Scope & Objectives, Key Insights for Your
 * Department (with Actionable Insights), Implementation Actions in three horizons, Success Metrics
 * (with the spec's targets for the department), and Risks & Dependencies with Mitigation. What goes in each section comes from the department's
 * profile and the run's ranked insights; every figure is a formatted value of metrics.json, quality.json, compare.json
 * or targets.json.
 */
public final class DepartmentReport {
    private final DepartmentProfile profile;

    public DepartmentReport(DepartmentProfile profile) {
        this.profile = profile;
    }

    /** The insights the report leads its Key Insights with, in rank order: the department's summary. */
    public List<Insight> keyInsights(ReportInput input) {
        return limited(
                        profile.insights(),
                        input.insights().stream()
                                .filter(i -> ProfileTopic.covering(profile.insights(), i) != null)
                                .toList())
                .stream()
                .limit(profile.topInsights())
                .toList();
    }

    /** The sentences of the Key Insights, figures filled in as the report writes them (Markdown). */
    public List<String> keyInsightSentences(ReportInput input) {
        FigureText text = new FigureText(input.metrics(), input.quality(), input.usage());
        return keyInsights(input).stream()
                .map(insight -> text.fill(insight.text(), insight.figures()))
                .toList();
    }

    public String render(ReportInput input) {
        FigureText text = new FigureText(input.metrics(), input.quality(), input.usage());
        List<Insight> key = keyInsights(input);
        List<Insight> relevant = input.insights().stream()
                .filter(i -> ProfileTopic.covering(profile.insights(), i) != null
                        || ProfileTopic.covering(profile.risks(), i) != null)
                .toList();
        List<FiredAction> actions = ActionPlan.fire(profile, relevant, text);

        Markdown md = new Markdown();
        md.heading(1, escape(profile.title()));
        SinceLastRun since = profile.sinceLastRun();
        if (since.lead()) {
            input.comparison().ifPresent(comparison -> SinceLastRunBlock.render(md, comparison, since));
            AttentionBlock.render(md, input.alerts(), profile.name());
        }
        scope(md, input);
        if (!since.lead()) {
            input.comparison().ifPresent(comparison -> SinceLastRunBlock.render(md, comparison, since));
            AttentionBlock.render(md, input.alerts(), profile.name());
        }
        keyInsights(md, input, key, text, actions);
        implementation(md, actions, input.metrics());
        md.heading(2, "Success Metrics");
        md.table(
                List.of("Metric", "Baseline (this run)", "Metric key"),
                SuccessMetricsTable.rows(profile.successMetrics(), text));
        TargetsTable.render(
                md,
                input.targets().stream().filter(t -> t.shownTo(profile.name())).toList());
        risks(
                md,
                limited(
                        profile.risks(),
                        input.insights().stream()
                                .filter(i -> ProfileTopic.covering(profile.risks(), i) != null)
                                .toList()),
                text);
        Glossary.render(md, md.toString());
        return md.toString();
    }

    /**
     * An insight's method as a "How we know" note: a quote block in Markdown, which the HTML page shows as a
     * detail the reader can open. Empty when the insight states a plain fact.
     */
    static String howWeKnow(Insight insight, FigureText text) {
        return insight.method().isBlank()
                ? ""
                : "> *" + HowWeKnowRenderer.LABEL + "* " + text.fill(insight.method(), insight.figures());
    }

    private void scope(Markdown md, ReportInput input) {
        md.heading(2, "Scope & Objectives");
        JsonNode totals = input.metrics().path("totals");
        List<String> sources = new ArrayList<>();
        for (Map.Entry<String, JsonNode> source :
                KeyFigureBlocks.fields(input.quality().path("row_accounting"))) {
            long filtered = source.getValue().path("filtered").asLong();
            sources.add(Markdown.code(source.getKey()) + " ("
                    + count(source.getValue().path("rows_in").asLong()) + " rows"
                    + (filtered > 0 ? ", " + count(filtered) + " of them kept out by the spec's row filter" : "")
                    + ")");
        }
        JsonNode dataset = input.metrics().path("dataset");
        String origin = dataset.has("spec_origin")
                ? " The spec: " + escape(dataset.path("spec_origin").asText()) + "."
                : "";
        String period = totals.has("first_order_date")
                ? " Orders run from " + escape(totals.path("first_order_date").asText()) + " to "
                        + escape(totals.path("last_order_date").asText()) + "."
                : "";
        md.paragraph("This report covers pipeline run " + Markdown.code(input.runId()) + " on the *"
                + escape(input.specName())
                + "* dataset, read from these sources: "
                + (sources.isEmpty() ? "none recorded" : String.join(", ", sources)) + "."
                + period + origin + " " + QualitySentence.of(input.quality()) + " "
                + PeriodNotes.seasonality(input.metrics()));
        if (!profile.objectives().isEmpty()) {
            md.paragraph("It gives the " + escape(profile.team()) + " team measured figures to:");
            md.bullets(profile.objectives());
        }
    }

    private void keyInsights(
            Markdown md, ReportInput input, List<Insight> key, FigureText text, List<FiredAction> actions) {
        md.heading(2, "Key Insights for Your Department");
        if (key.isEmpty()) {
            md.paragraph("No insight of the kinds this department follows was found in this run's figures.");
        }
        for (int i = 0; i < key.size(); i++) {
            md.bold((i + 1) + ". "
                    + escape(heading(profile.insights(), key.get(i).type())));
            md.paragraph(text.fill(key.get(i).text(), key.get(i).figures()));
            String note = howWeKnow(key.get(i), text);
            if (!note.isEmpty()) {
                md.paragraph(note);
            }
        }
        if (!profile.keyFigures().isEmpty()) {
            md.bold("Key figures");
            profile.keyFigures().forEach(block -> KeyFigureBlocks.render(block, md, input));
        }
        for (String dashboard : profile.dashboards()) {
            if (input.dashboards().contains(dashboard)) {
                md.paragraph("![" + dashboard.replace('_', ' ') + "](../dashboards/" + dashboard + ".png)");
            }
        }
        md.bold("Actionable Insights:");
        List<String> actionable = ActionPlan.actionableInsights(actions);
        if (actionable.isEmpty()) {
            md.paragraph("No action follows from this run's figures for this department.");
        } else {
            md.bullets(actionable);
        }
    }

    private void implementation(Markdown md, List<FiredAction> actions, JsonNode metrics) {
        md.heading(2, "Implementation Actions");
        int number = 1;
        for (Horizon horizon : Horizon.values()) {
            md.bold(horizon.heading() + ":");
            List<String> items = actions.stream()
                    .filter(a -> a.horizon() == horizon)
                    .map(a -> "**" + escape(a.title()) + ":** " + a.step() + AudienceNote.of(metrics, a.audiences()))
                    .toList();
            if (items.isEmpty()) {
                md.paragraph("No action in this horizon follows from this run's figures.");
            } else {
                md.numbered(items, number);
                number += items.size();
            }
        }
    }

    /** The insights in rank order, at most a topic's {@code limit} of each type. */
    private static List<Insight> limited(List<ProfileTopic> topics, List<Insight> risks) {
        Map<ProfileTopic, Long> shown = new HashMap<>();
        List<Insight> kept = new ArrayList<>();
        for (Insight risk : risks) {
            ProfileTopic topic = ProfileTopic.covering(topics, risk);
            if (!topic.full(shown.getOrDefault(topic, 0L))) {
                kept.add(risk);
                shown.merge(topic, 1L, Long::sum);
            }
        }
        return kept;
    }

    private void risks(Markdown md, List<Insight> risks, FigureText text) {
        md.heading(2, "Risks & Dependencies");
        md.bold("Risks:");
        if (risks.isEmpty()) {
            md.paragraph("No risk of the kinds this department watches was found in this run's figures.");
        } else {
            md.bullets(risks.stream()
                    .map(r -> "**" + escape(heading(profile.risks(), r.type())) + ":** "
                            + text.fill(r.text(), r.figures())
                            + (r.method().isBlank() ? "" : "\n\n  " + howWeKnow(r, text) + "\n"))
                    .toList());
        }
        md.bold("Dependencies:");
        md.bullets(profile.dependencies().stream()
                .map(d -> "**" + escape(departmentName(d.department())) + ":** " + escape(d.need()) + " ([report]("
                        + d.department() + ".md))")
                .toList());
        List<String> mitigation = new ArrayList<>();
        for (ProfileTopic topic : profile.risks()) {
            String step = profile.mitigation().get(topic.type());
            if (step != null && risks.stream().anyMatch(r -> r.type().equals(topic.type()))) {
                mitigation.add("**" + escape(topic.heading()) + ":** " + escape(step));
            }
        }
        md.bold("Mitigation:");
        if (mitigation.isEmpty()) {
            md.paragraph("Nothing to mitigate: none of the watched risks was found in this run.");
        } else {
            md.bullets(mitigation);
        }
    }

    private static String heading(List<ProfileTopic> topics, String type) {
        return topics.stream()
                .filter(t -> t.type().equals(type))
                .map(ProfileTopic::heading)
                .findFirst()
                .orElse(type);
    }

    static String departmentName(String department) {
        StringBuilder name = new StringBuilder();
        for (String word : department.split("-")) {
            name.append(name.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return name.toString();
    }
}
