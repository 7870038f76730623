package io.saleslens.alert;

import io.saleslens.spec.AlertSeverity;
import io.saleslens.spec.AlertSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alerts every dataset has unless its spec switches them off: the quality score falls, a check starts failing, a
 * source's row count falls, the newest order is old. A spec alert of the same name replaces a default.
 */
public final class ShippedAlerts {
    public static final String QUALITY_DROP = "quality-drop";
    public static final String NEW_FAILING_CHECK = "new-failing-check";
    public static final String VOLUME_DROP = "volume-drop";
    public static final String FRESHNESS = "freshness";

    private static final String OWNER = "data-engineering";
    private static final List<AlertSpec> DEFAULTS = List.of(
            AlertSpec.of(QUALITY_DROP, AlertSeverity.WARN, OWNER, null, new AlertSpec.Quality(5.0, null)),
            // A further check that starts failing while the alert is ongoing is sent again: the step is one check.
            AlertSpec.of(NEW_FAILING_CHECK, AlertSeverity.WARN, OWNER, 1.0, new AlertSpec.Quality(null, true)),
            AlertSpec.of(VOLUME_DROP, AlertSeverity.WARN, OWNER, null, new AlertSpec.Volume(null, 20.0)),
            AlertSpec.of(FRESHNESS, AlertSeverity.WARN, OWNER, null, new AlertSpec.Freshness(7)));

    private ShippedAlerts() {}

    public static List<AlertSpec> defaults() {
        return DEFAULTS;
    }

    /** The names of the shipped alerts. */
    public static Set<String> names() {
        return DEFAULTS.stream().map(AlertSpec::name).collect(Collectors.toSet());
    }

    /**
     * The alerts a run evaluates: the spec's in their order, then the defaults the spec did not name; an alert with
     * {@code enabled: false} is left out.
     */
    public static List<AlertSpec> withSpec(List<AlertSpec> specAlerts) {
        Map<String, AlertSpec> byName = new LinkedHashMap<>();
        specAlerts.forEach(alert -> byName.put(alert.name(), alert));
        DEFAULTS.forEach(alert -> byName.putIfAbsent(alert.name(), alert));
        List<AlertSpec> evaluated = new ArrayList<>();
        byName.values().stream().filter(AlertSpec::enabled).forEach(evaluated::add);
        return evaluated;
    }
}
