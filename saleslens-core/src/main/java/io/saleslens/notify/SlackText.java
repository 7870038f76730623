package io.saleslens.notify;

import java.util.List;

/**
 * The digest in a few lines for a chat: the run, one line per alert and the main changes, in Slack's mrkdwn (which
 * Teams and Mattermost also read), with the three characters mrkdwn reserves escaped.
 */
final class SlackText {

    private SlackText() {}

    static String of(String dataset, String runId, List<Digest.Alert> alerts, List<Digest.Change> changes) {
        StringBuilder text = new StringBuilder()
                .append("*SalesLens ")
                .append(escape(dataset))
                .append("* run `")
                .append(escape(runId))
                .append("`: ")
                .append(Digest.alertCount(alerts.size()))
                .append('\n');
        for (Digest.Alert alert : alerts) {
            text.append("• *")
                    .append(alert.severity().word())
                    .append("* ")
                    .append(escape(alert.name()))
                    .append(" (")
                    .append(escape(alert.owner()))
                    .append(", ")
                    .append(alert.state().word())
                    .append("): ")
                    .append(escape(alert.message()))
                    .append('\n');
        }
        if (!changes.isEmpty()) {
            text.append("Since the last run: ");
            text.append(String.join(
                    "; ", changes.stream().map(c -> escape(c.text())).toList()));
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
