package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number in a rendered report and checks that it is a value of one of the source documents
 * written with {@link Figures}. Allowed sources: metrics.json, quality.json, and the manifest's stage
 * timings (they vary from run to run, so they are kept out of metrics.json and read from the manifest).
 * Text values with digits (dates, months, product names, source names) are taken out first; a short
 * allow-list covers structure: section numbering, "Weeks 1-2", "Weeks 3-4", "Month 2+", "lag-12",
 * the Run ID and the metric-key citations.
 */
final class NumberProvenance {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.,-])-?\\$?\\d[\\d,]*(?:\\.\\d+)?[MB%]?");
    private static final List<Pattern> STRUCTURE = List.of(
            Pattern.compile("Weeks 1-2|Weeks 3-4|Month 2\\+|lag-12"),
            Pattern.compile("`(?:metrics|quality|usage)\\.json#[^`]*`|(?:metrics|quality|usage)\\.json#/\\S+"),
            Pattern.compile("(?m)(^|\\*\\*)\\s*\\d+\\. "));

    private final Set<String> allowed = new HashSet<>();
    private final List<String> texts = new ArrayList<>();

    NumberProvenance(String runId, List<JsonNode> documents) {
        texts.add(runId);
        documents.forEach(this::collect);
        texts.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The numbers of the text that no source value accounts for. */
    List<String> unsourced(String reportText) {
        String text = reportText.replace("\\", "");
        for (String value : texts) {
            text = text.replace(value, " ");
        }
        for (Pattern pattern : STRUCTURE) {
            text = pattern.matcher(text).replaceAll(" ");
        }
        List<String> unsourced = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            String token = matcher.group().replaceAll(",$", "");
            if (!allowed.contains(token)) {
                unsourced.add(token);
            }
        }
        return unsourced;
    }

    /** The visible text of an HTML page: no style, no tags or attributes (so no embedded image data), entities decoded. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private void collect(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (field.getKey().matches(".*\\d.*")) {
                    texts.add(field.getKey());
                }
                collect(field.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(this::collect);
        } else if (node.isNumber()) {
            double value = node.asDouble();
            allowed.add(Figures.money(value));
            allowed.add(Figures.percent(value));
            for (int places = 0; places <= 3; places++) {
                allowed.add(Figures.decimal(value, places));
            }
            if (value == Math.rint(value)) {
                allowed.add(Figures.count(node.asLong()));
            }
        } else if (node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?")) {
            allowed.add(node.asText());
        } else if (node.isTextual() && node.asText().matches("(?s).*\\d.*")) {
            texts.add(node.asText());
        }
    }
}
