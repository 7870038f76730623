package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An action a department takes when an insight of type {@code on} is among its top insights (and its
 * attributes match {@code when}). {@code insight} and {@code step} are sentences whose {@code {name}}
 * placeholders name the insight's figures, so the action states the figure that supports it. By
 * default the action follows from the highest-ranked matching insight; {@code each} makes it follow
 * from every one (one recommendation per failing check, say). {@code audience} names the customer list the action
 * contacts ({@code win-back}), or its lists ({@code [high-value-segment, low-value-segment]}): the report links their
 * files and states their counts beside the action.
 */
public record ProfileAction(
        String on,
        Map<String, String> when,
        Horizon horizon,
        String title,
        String insight,
        @JsonProperty("do") String step,
        boolean each,

        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> audience) {

    public ProfileAction {
        requireNonNull(on, "on is null");
        requireNonNull(horizon, "horizon is null");
        requireNonNull(title, "title is null");
        requireNonNull(step, "do is null");
        when = when == null ? Map.of() : Map.copyOf(when);
        audience = audience == null ? List.of() : List.copyOf(audience);
        for (String id : audience) {
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("audience must name lists such as win-back, not '" + id + "'");
            }
        }
    }
}
