package io.saleslens.notify;

import static java.util.Objects.requireNonNull;

import io.saleslens.report.HtmlPage;

/**
 * One owner's e-mail: a subject naming the run and the count of the department's alerts, and an HTML body (the
 * department's alerts, its top insights, the main changes and where its full report lies) written from Markdown.
 */
record EmailDigest(String subject, String markdown, String html) {

    EmailDigest {
        requireNonNull(subject, "subject is null");
        requireNonNull(markdown, "markdown is null");
        requireNonNull(html, "html is null");
    }

    static EmailDigest of(Digest whole, String department) {
        Digest digest = whole.forDepartment(department);
        String subject = "SalesLens " + digest.dataset() + " run " + digest.runId() + ": "
                + Digest.alertCount(digest.alerts().size()) + " for " + department;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(subject)).append("\n\n## Alerts\n\n");
        for (Digest.Alert alert : digest.alerts()) {
            md.append("- **")
                    .append(alert.severity().word())
                    .append("** ")
                    .append(escape(alert.name()))
                    .append(" (")
                    .append(alert.state().word())
                    .append("): ")
                    .append(escape(alert.message()))
                    .append('\n');
        }
        for (Digest.Department report : digest.insights()) {
            md.append("\n## Key insights of the ")
                    .append(escape(report.title()))
                    .append("\n\n");
            for (int i = 0; i < report.keyInsights().size(); i++) {
                // The insights are the report's own Markdown, figures filled in: taken as they are.
                md.append(i + 1)
                        .append(". ")
                        .append(report.keyInsights().get(i))
                        .append('\n');
            }
        }
        md.append("\n## Main changes since the last run\n\n");
        if (digest.changes().isEmpty()) {
            md.append(
                            digest.noComparison() == null
                                    ? "None of the main figures was in both runs."
                                    : "Nothing to compare with: " + escape(digest.noComparison()) + ".")
                    .append('\n');
        } else {
            digest.changes()
                    .forEach(c -> md.append("- ").append(escape(c.text())).append('\n'));
        }
        digest.insights()
                .forEach(report -> md.append("\nThe full report: `")
                        .append(report.report().replace("`", ""))
                        .append("` in the folder of run `")
                        .append(digest.runId())
                        .append("`.\n"));
        String markdown = md.toString();
        return new EmailDigest(subject, markdown, HtmlPage.standalone(subject, markdown));
    }

    /** Escapes what Markdown would read as structure in a value from the spec or the data. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*', '_', '`', '[', ']', '#', '\\', '|', '<', '>' ->
                    out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
