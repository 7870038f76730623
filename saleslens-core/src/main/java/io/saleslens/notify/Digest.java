package io.saleslens.notify;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.saleslens.alert.AlertOutcome;
import io.saleslens.alert.AlertState;
import io.saleslens.compare.Comparison;
import io.saleslens.report.RenderedReports;
import io.saleslens.spec.AlertSeverity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run tells its readers: the alerts it sends, the top insights of each department's report and the main changes
 * since the previous run, with {@code text}, the same in a few lines for a chat (Slack's mrkdwn). The webhook receives
 * it as JSON; each owner's e-mail is built from its department's part.
 *
 * @param previousRunId the run the changes are measured from; null when there was none
 * @param noComparison why there are no changes, when there was no previous run
 */
public record Digest(
        String runId,
        String dataset,
        List<Alert> alerts,
        List<Department> insights,
        @JsonInclude(JsonInclude.Include.NON_NULL) String previousRunId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String noComparison,
        List<Change> changes,
        String text) {
    /** How many of a report's key insights a digest carries. */
    static final int TOP_INSIGHTS = 3;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    public Digest {
        requireNonNull(runId, "runId is null");
        requireNonNull(dataset, "dataset is null");
        alerts = List.copyOf(alerts);
        insights = List.copyOf(insights);
        changes = List.copyOf(changes);
        requireNonNull(text, "text is null");
    }

    /** The digest of the alerts to send, with the reports and the comparison when the run made them. */
    static Digest of(
            String runId,
            String dataset,
            List<AlertOutcome> toSend,
            Optional<RenderedReports> reports,
            Optional<Comparison> comparison) {
        List<Alert> alerts = toSend.stream().map(Alert::of).toList();
        List<Department> insights = reports.map(
                        r -> r.reports().stream().map(Department::of).toList())
                .orElse(List.of());
        String previous = comparison
                .filter(Comparison::comparable)
                .map(Comparison::previousRunId)
                .orElse(null);
        String noComparison = comparison.isEmpty()
                ? "the run made no comparison"
                : comparison.get().reason();
        List<Change> changes = comparison.map(MainChanges::of).orElse(List.of());
        return new Digest(
                runId,
                dataset,
                alerts,
                insights,
                previous,
                noComparison,
                changes,
                SlackText.of(dataset, runId, alerts, changes));
    }

    /** The alerts one department owns and that department's insights; the changes are the whole run's. */
    Digest forDepartment(String department) {
        return new Digest(
                runId,
                dataset,
                alerts.stream().filter(a -> a.owner().equals(department)).toList(),
                insights.stream().filter(d -> d.department().equals(department)).toList(),
                previousRunId,
                noComparison,
                changes,
                text);
    }

    /** "1 alert", "2 alerts". */
    static String alertCount(int count) {
        return count + (count == 1 ? " alert" : " alerts");
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the digest of run " + runId + " as JSON", e);
        }
    }

    /** One alert as the digest carries it. */
    public record Alert(
            String name,
            AlertSeverity severity,
            String owner,
            AlertState state,
            String message,
            Map<String, Object> figures) {
        public Alert {
            requireNonNull(name, "name is null");
            requireNonNull(severity, "severity is null");
            requireNonNull(owner, "owner is null");
            requireNonNull(state, "state is null");
            requireNonNull(message, "message is null");
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }

        static Alert of(AlertOutcome outcome) {
            return new Alert(
                    outcome.name(),
                    outcome.severity(),
                    outcome.owner(),
                    outcome.state(),
                    outcome.message(),
                    outcome.figures());
        }
    }

    /**
     * A department's report: its top insights (Markdown, figures filled in) and where it lies in the run folder.
     *
     * @param report the HTML report's path inside the run folder, such as {@code reports/sales.html}
     */
    public record Department(String department, String title, List<String> keyInsights, String report) {
        public Department {
            requireNonNull(department, "department is null");
            requireNonNull(title, "title is null");
            keyInsights = List.copyOf(keyInsights);
            requireNonNull(report, "report is null");
        }

        static Department of(RenderedReports.Rendered rendered) {
            List<String> insights = rendered.keyInsights();
            return new Department(
                    rendered.department(),
                    rendered.title(),
                    insights.subList(0, Math.min(TOP_INSIGHTS, insights.size())),
                    rendered.html());
        }
    }

    /**
     * One figure before and after, as the comparison has it.
     *
     * @param figure the catalogue key, such as {@code totals.revenue}
     * @param member the member of the figure's grain (a country); null for a figure of the whole run
     * @param relativeChange change ÷ before, a fraction; null when before is 0
     * @param text the change in words, with the figures in their units
     */
    public record Change(
            String figure,
            @JsonInclude(JsonInclude.Include.NON_NULL) String member,
            double before,
            double after,
            double change,
            Double relativeChange,
            String text) {
        public Change {
            requireNonNull(figure, "figure is null");
            requireNonNull(text, "text is null");
        }
    }
}
