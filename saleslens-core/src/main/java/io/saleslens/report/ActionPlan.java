package io.saleslens.report;

import io.saleslens.insight.Insight;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions a department takes: each profile action fires for the highest-ranked insight of its
 * type whose attributes match (or for every one, when the action says {@code each}) and only when all
 * its placeholders resolve, so every action states the figure that supports it.
 */
final class ActionPlan {

    /** An action that follows from one insight, with its sentences filled. */
    record FiredAction(Horizon horizon, String title, String insight, String step, List<String> audiences) {}

    private ActionPlan() {}

    static List<FiredAction> fire(DepartmentProfile profile, List<Insight> departmentInsights, FigureText text) {
        List<FiredAction> fired = new ArrayList<>();
        for (ProfileAction action : profile.actions()) {
            for (Insight insight : departmentInsights) {
                if (!insight.type().equals(action.on())
                        || !matches(action.when(), insight.attributes())
                        || !text.canFill(action.step(), insight.figures())
                        || (action.insight() != null && !text.canFill(action.insight(), insight.figures()))) {
                    continue;
                }
                String because = action.insight() == null
                        ? text.fill(insight.text(), insight.figures())
                        : text.fill(action.insight(), insight.figures());
                fired.add(new FiredAction(
                        action.horizon(),
                        action.title(),
                        because,
                        text.fill(action.step(), insight.figures()),
                        action.audience()));
                if (!action.each()) {
                    break;
                }
            }
        }
        return fired;
    }

    /** The actionable insights, without repeating a sentence two actions share. */
    static List<String> actionableInsights(List<FiredAction> fired) {
        Set<String> sentences = new LinkedHashSet<>();
        fired.forEach(action -> sentences.add(action.insight()));
        return List.copyOf(sentences);
    }

    private static boolean matches(Map<String, String> when, Map<String, String> attributes) {
        return when.entrySet().stream()
                .allMatch(entry -> entry.getValue().equalsIgnoreCase(attributes.getOrDefault(entry.getKey(), "")));
    }
}
