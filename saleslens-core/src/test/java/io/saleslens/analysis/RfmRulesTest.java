package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RfmRulesTest {

    @Test
    void defaultTableNamesTheElevenSegmentsAndEndsWithACatchAll() {
        RfmRules rules = RfmRules.defaults();

        assertThat(rules.rules())
                .extracting(RfmRule::segment)
                .containsExactlyInAnyOrder(
                        "Champions",
                        "Loyal Customers",
                        "Potential Loyalist",
                        "New Customers",
                        "Promising",
                        "Need Attention",
                        "About To Sleep",
                        "At Risk",
                        "Can't Lose Them",
                        "Hibernating",
                        "Lost");
        assertThat(rules.rules().get(rules.rules().size() - 1).coversEveryScore())
                .isTrue();
    }

    @Test
    void firstMatchingRuleWins() {
        RfmRules rules = RfmRules.defaults();

        assertThat(rules.segmentOf(5, 5)).isEqualTo("Champions");
        assertThat(rules.segmentOf(5, 1)).isEqualTo("New Customers");
        assertThat(rules.segmentOf(1, 5)).isEqualTo("Can't Lose Them");
        assertThat(rules.segmentOf(2, 1)).isEqualTo("Hibernating");
        assertThat(rules.segmentOf(1, 1)).isEqualTo("Lost");
    }

    @Test
    void everyNamedSegmentExceptTheCatchAllIsReachable() {
        RfmRules rules = RfmRules.defaults();
        Set<String> reached = new HashSet<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                reached.add(rules.segmentOf(r, f));
            }
        }
        assertThat(reached).hasSize(rules.rules().size());
    }

    @Test
    void rejectsATableWithoutCatchAll() {
        assertThatThrownBy(() -> new RfmRules(List.of(new RfmRule("Champions", 5, 5, 4, 5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "the last RFM rule (Champions) must cover r [1, 5] and f [1, 5] so that every customer gets a segment");
    }

    @Test
    void rejectsARangeOutsideTheScores() {
        String yaml =
                "rules:\n  - { segment: Top, r: [4, 6], f: [1, 5] }\n  - { segment: Rest, r: [1, 5], f: [1, 5] }\n";

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "test.yaml rule 1: segment Top: r range [4, 6] must lie within 1..5 with the lower bound first");
    }

    @Test
    void rejectsARuleWithoutRanges() {
        assertThatThrownBy(() -> parse("rules:\n  - { segment: Top }\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.yaml rule 1: needs segment, r: [min, max] and f: [min, max]");
    }

    @Test
    void buildsTheSameTableAsSql() {
        RfmRules rules = new RfmRules(List.of(new RfmRule("Best", 5, 5, 4, 5), new RfmRule("Rest", 1, 5, 1, 5)));

        assertThat(rules.caseExpression("r", "f", text -> "'" + text + "'"))
                .isEqualTo("CASE WHEN r BETWEEN 5 AND 5 AND f BETWEEN 4 AND 5 THEN 'Best' ELSE 'Rest' END");
    }

    private static RfmRules parse(String yaml) throws IOException {
        return RfmRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
