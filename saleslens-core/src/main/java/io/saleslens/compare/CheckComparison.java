package io.saleslens.compare;

import static io.saleslens.compare.RunComparer.count;
import static io.saleslens.compare.RunComparer.difference;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.compare.Comparison.CheckChange;
import io.saleslens.compare.Comparison.CheckChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The checks of quality.json compared by id: newly failing, resolved, or with a failing count that moved. */
final class CheckComparison {
    private CheckComparison() {}

    static CheckChanges of(JsonNode beforeQuality, JsonNode afterQuality) {
        Map<String, JsonNode> before = byId(beforeQuality.path("checks"));
        Map<String, JsonNode> after = byId(afterQuality.path("checks"));
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<String> newlyFailing = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<CheckChange> changes = new ArrayList<>();
        for (String id : ids) {
            JsonNode b = before.get(id);
            JsonNode a = after.get(id);
            Boolean passedBefore = b == null ? null : b.path("passed").asBoolean();
            Boolean passedAfter = a == null ? null : a.path("passed").asBoolean();
            Long failedBefore = b == null ? null : count(b, "failed");
            Long failedAfter = a == null ? null : count(a, "failed");
            Long change = difference(failedBefore, failedAfter);
            String status;
            if (a == null) {
                status = "vanished";
            } else if (!passedAfter && (b == null || passedBefore)) {
                status = "newly_failing";
                newlyFailing.add(id);
            } else if (b == null) {
                status = "appeared";
            } else if (!passedBefore && passedAfter) {
                status = "resolved";
                resolved.add(id);
            } else if (!Objects.equals(failedBefore, failedAfter)) {
                status = "failing_count_moved";
            } else {
                continue;
            }
            if (change != null && change != 0) {
                moved.add(id);
            }
            changes.add(new CheckChange(
                    id,
                    passedBefore,
                    passedAfter,
                    failedBefore,
                    failedAfter,
                    change,
                    b == null ? null : count(b, "total"),
                    a == null ? null : count(a, "total"),
                    status));
        }
        return new CheckChanges(newlyFailing, resolved, moved, changes);
    }

    private static Map<String, JsonNode> byId(JsonNode checks) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        checks.forEach(check -> byId.putIfAbsent(check.path("id").asText(), check));
        return byId;
    }
}
