package io.saleslens.insight;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One finding. Its {@code text} is a sentence with {@code {name}} placeholders, each naming one of its
 * {@code figures}; a report fills them with formatted values of metrics.json or quality.json, so the
 * sentence carries no number of its own. The sentence says what happened in a sales manager's words; {@code method}
 * (possibly empty, placeholders as in the text) says how it is known: the test, its statistic and p-value, which a
 * report shows as a "How we know" note under the sentence. {@code score} = significance × impact, both between 0 and 1:
 * impact is the share of revenue (or of rows) the finding concerns, significance comes from its test
 * (1 − p) or is 1 for a descriptive fact. Attributes are plain labels profiles can match actions on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Insight(
        String type,
        String subject,
        double significance,
        double impact,
        String text,
        String method,
        Map<String, FigureRef> figures,
        Map<String, String> attributes) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    public Insight {
        requireNonNull(type, "type is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(text, "text is null");
        method = method == null ? "" : method;
        if (!(significance >= 0 && significance <= 1)) {
            throw new IllegalArgumentException("significance must be between 0 and 1: " + significance);
        }
        if (!(impact >= 0 && impact <= 1)) {
            throw new IllegalArgumentException("impact must be between 0 and 1: " + impact);
        }
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(figures, "figures is null")));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
        for (String name : placeholders(text + method)) {
            if (!figures.containsKey(name)) {
                throw new IllegalArgumentException("insight " + type + " names {" + name + "} but has no such figure");
            }
        }
    }

    /** The ranking key: significance × impact. */
    @JsonProperty("score")
    public double score() {
        return significance * impact;
    }

    @JsonProperty("id")
    public String id() {
        return type + ":" + subject;
    }

    /** The metric keys the insight cites, as {@code metrics.json#/pointer}. */
    @JsonProperty("cites")
    public List<String> cites() {
        return figures.values().stream().map(FigureRef::citation).distinct().toList();
    }

    /** The placeholder names in a template, in order of appearance. */
    public static List<String> placeholders(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
