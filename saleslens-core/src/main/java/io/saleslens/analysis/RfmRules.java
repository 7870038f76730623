package io.saleslens.analysis;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The ordered RFM segment table, read from YAML so that marketing can change it without touching
 * code. The first matching rule wins and the last rule must catch every score.
 */
record RfmRules(List<RfmRule> rules) {
    static final String DEFAULT_RESOURCE = "/io/saleslens/analysis/rfm-segments.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    RfmRules {
        rules = List.copyOf(requireNonNull(rules, "rules is null"));
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("the RFM table has no rules");
        }
        if (!rules.get(rules.size() - 1).coversEveryScore()) {
            throw new IllegalArgumentException(
                    "the last RFM rule (" + rules.get(rules.size() - 1).segment()
                            + ") must cover r [1, 5] and f [1, 5] so that every customer gets a segment");
        }
        Set<String> names = new HashSet<>();
        for (RfmRule rule : rules) {
            if (!names.add(rule.segment())) {
                throw new IllegalArgumentException("RFM segment " + rule.segment() + " appears twice; merge its rules");
            }
        }
    }

    static RfmRules defaults() {
        try (InputStream in = RfmRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RfmRules parse(InputStream in, String origin) throws IOException {
        JsonNode root = YAML.readTree(in);
        JsonNode list = root == null ? null : root.get("rules");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(origin + ": expected a list under 'rules'");
        }
        List<RfmRule> rules = new ArrayList<>();
        int position = 0;
        for (JsonNode rule : list) {
            position++;
            String segment = rule.path("segment").asText("");
            JsonNode r = rule.path("r");
            JsonNode f = rule.path("f");
            if (segment.isBlank() || !isRange(r) || !isRange(f)) {
                throw new IllegalArgumentException(
                        origin + " rule " + position + ": needs segment, r: [min, max] and f: [min, max]");
            }
            try {
                rules.add(new RfmRule(
                        segment,
                        r.get(0).asInt(),
                        r.get(1).asInt(),
                        f.get(0).asInt(),
                        f.get(1).asInt()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " rule " + position + ": " + e.getMessage(), e);
            }
        }
        return new RfmRules(rules);
    }

    private static boolean isRange(JsonNode node) {
        return node.isArray()
                && node.size() == 2
                && node.get(0).canConvertToInt()
                && node.get(1).canConvertToInt()
                && node.get(0).isIntegralNumber()
                && node.get(1).isIntegralNumber();
    }

    /** The segment of a pair of scores: the first rule that matches. */
    String segmentOf(int recencyScore, int frequencyScore) {
        return rules.stream()
                .filter(rule -> rule.matches(recencyScore, frequencyScore))
                .findFirst()
                .orElseThrow()
                .segment();
    }

    /** The same table as a SQL CASE over two score columns; the catch-all becomes the ELSE. */
    String caseExpression(String recencyScore, String frequencyScore, UnaryOperator<String> literal) {
        StringBuilder sql = new StringBuilder("CASE");
        for (RfmRule rule : rules.subList(0, rules.size() - 1)) {
            sql.append(" WHEN ")
                    .append(recencyScore)
                    .append(" BETWEEN ")
                    .append(rule.rMin())
                    .append(" AND ")
                    .append(rule.rMax())
                    .append(" AND ")
                    .append(frequencyScore)
                    .append(" BETWEEN ")
                    .append(rule.fMin())
                    .append(" AND ")
                    .append(rule.fMax())
                    .append(" THEN ")
                    .append(literal.apply(rule.segment()));
        }
        return sql.append(" ELSE ")
                .append(literal.apply(rules.get(rules.size() - 1).segment()))
                .append(" END")
                .toString();
    }
}
