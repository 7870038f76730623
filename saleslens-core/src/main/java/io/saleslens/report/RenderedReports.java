package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.saleslens.stage.StageResult;
import java.util.List;
import java.util.Optional;

/** The department reports a run wrote, each with the insights it leads with, for the digests sent after them. */
public record RenderedReports(List<Rendered> reports) implements StageResult {

    public RenderedReports {
        reports = List.copyOf(reports);
    }

    public Optional<Rendered> report(String department) {
        return reports.stream().filter(r -> r.department().equals(department)).findFirst();
    }

    @Override
    @JsonIgnore
    public long rows() {
        return reports.size();
    }

    /**
     * One department's report.
     *
     * @param department the profile's name (sales, data-engineering …), which alerts name as their owner
     * @param keyInsights the sentences of its Key Insights section, in rank order, figures filled in (Markdown)
     * @param html the HTML report's path inside the run folder, such as {@code reports/sales.html}
     */
    public record Rendered(String department, String title, List<String> keyInsights, String html) {
        public Rendered {
            requireNonNull(department, "department is null");
            requireNonNull(title, "title is null");
            keyInsights = List.copyOf(keyInsights);
            requireNonNull(html, "html is null");
        }
    }
}
