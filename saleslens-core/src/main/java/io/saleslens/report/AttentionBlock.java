package io.saleslens.report;

import static io.saleslens.report.Markdown.escape;

import io.saleslens.alert.AlertOutcome;
import io.saleslens.alert.AlertState;
import io.saleslens.spec.AlertSeverity;
import java.util.List;

/**
 * "Needs attention": the run's alerts that hold or cleared and that this department owns; the executive report also
 * lists every critical one. The sentences are the alerts' own (alerts.json); nothing is computed here.
 */
final class AttentionBlock {
    static final String HEADING = "Needs attention";
    static final String EXECUTIVE = "executive";

    private AttentionBlock() {}

    static void render(Markdown md, List<AlertOutcome> alerts, String department) {
        if (alerts.isEmpty()) {
            return;
        }
        md.heading(2, HEADING);
        List<AlertOutcome> shown = alerts.stream()
                .filter(a -> a.state().holding() || a.state() == AlertState.CLEARED)
                .filter(a -> a.owner().equals(department)
                        || (department.equals(EXECUTIVE) && a.severity() == AlertSeverity.CRITICAL))
                .toList();
        if (shown.isEmpty()) {
            md.paragraph("No alert of this report holds or cleared in this run (alerts.json lists every alert"
                    + " evaluated).");
            return;
        }
        md.table(
                List.of("Alert", "Severity", "State", "Owner", "What the run found"),
                shown.stream()
                        .map(a -> List.of(
                                "**" + escape(a.name()) + "**",
                                a.severity().word(),
                                state(a.state()),
                                escape(a.owner()),
                                escape(a.message())))
                        .toList());
        md.paragraph("An ongoing alert held in the previous run as well and is not sent again until it clears or"
                + " gets worse by its step; a cleared one is sent once.");
    }

    private static String state(AlertState state) {
        return switch (state) {
            case FIRED -> "new";
            case ONGOING -> "ongoing";
            case WORSE -> "worse";
            case CLEARED -> "cleared";
            default -> state.word();
        };
    }
}
