package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks section read from YAML into typed words, and the words a spec may not use. */
class CheckSpecTest {
    private static final String SPEC = """
            name: shop
            sources:
              orders: { path: orders.csv }
            entities:
              customer:
                from: orders
                columns:
                  customer_id: { from: Email }
              product:
                from: orders
                columns:
                  product_number: { from: SKU }
              sale:
                from: orders
                columns:
                  order_number: { from: Name }
                  product_number: { from: SKU }
                  customer_id: { from: Email }
                  order_date: { from: Created, type: date }
                  sales_amount: { from: Total, type: decimal }
            checks:
              orders:
            """;

    private static CheckSpec onlyCheck(String check) {
        return SpecLoader.parse(SPEC + check, "shop.yaml")
                .checks()
                .get("orders")
                .get(0);
    }

    private static void assertRefused(String check, String message) {
        assertThatThrownBy(() -> onlyCheck(check))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(message)
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.SPEC_INVALID);
    }

    @Test
    void everyRuleWordReadsAsItsRule() {
        for (CheckRule rule : CheckRule.values()) {
            assertThat(CheckRule.of(rule.word())).isEqualTo(rule);
        }
        assertThat(CheckRule.ACCEPTED_VALUES.word()).isEqualTo("accepted_values");
        assertThat(CheckAction.of("quarantine")).isEqualTo(CheckAction.QUARANTINE);
        assertThat(Severity.of("warn")).isEqualTo(Severity.WARN);
        assertThat(QualityDimension.of("timeliness")).isEqualTo(QualityDimension.TIMELINESS);
    }

    @Test
    void theWordsAreReadAsTheTypedValues() {
        CheckSpec check = onlyCheck("    - { rule: accepted_values, column: Status, values: [paid], action: repair,"
                + " map: { PAID: paid }, severity: warn, dimension: consistency }\n");
        assertThat(check.rule()).isEqualTo(CheckRule.ACCEPTED_VALUES);
        assertThat(check.action()).isEqualTo(CheckAction.REPAIR);
        assertThat(check.severity()).isEqualTo(Severity.WARN);
        assertThat(check.dimension()).isEqualTo(QualityDimension.CONSISTENCY);
        assertThat(check.idFor("orders")).isEqualTo("orders.Status.accepted_values");
    }

    @Test
    void leftOutWordsTakeTheRulesDefaults() {
        CheckSpec flagged = onlyCheck("    - { rule: unique, column: Name }\n");
        assertThat(flagged.action()).isEqualTo(CheckAction.FLAG);
        assertThat(flagged.severity()).isEqualTo(Severity.WARN);
        assertThat(flagged.dimension()).isEqualTo(QualityDimension.UNIQUENESS);
        CheckSpec quarantined =
                onlyCheck("    - { rule: referential, column: SKU, references: orders.SKU, action: quarantine }\n");
        assertThat(quarantined.severity()).isEqualTo(Severity.FAIL);
        assertThat(quarantined.dimension()).isEqualTo(QualityDimension.INTEGRITY);
        assertThat(onlyCheck("    - { rule: freshness, column: Created, max_age_days: 3 }\n")
                        .isTableCheck())
                .isTrue();
    }

    @Test
    void anUnknownRuleIsRefusedWithTheRulesToUse() {
        assertRefused(
                "    - { rule: not_a_rule, column: Name }\n",
                "shop.yaml line 23: unknown check rule 'not_a_rule' (use not_null,"
                        + " unique, accepted_values, range, pattern, valid_date, referential, consistency, freshness, row_count); fix the spec");
    }

    @Test
    void aRuleInCapitalsIsNotARuleWord() {
        assertRefused(
                "    - { rule: NOT_NULL, column: Name }\n",
                "shop.yaml line 23: unknown check rule 'NOT_NULL' (use not_null,"
                        + " unique, accepted_values, range, pattern, valid_date, referential, consistency, freshness, row_count); fix the spec");
    }

    @Test
    void anUnknownActionSeverityOrDimensionIsRefusedWithTheWordsToUse() {
        assertRefused(
                "    - { rule: not_null, column: Name, action: drop }\n",
                "shop.yaml line 23: unknown action 'drop' (use quarantine, repair, flag); fix the spec");
        assertRefused(
                "    - { rule: not_null, column: Name, severity: error }\n",
                "shop.yaml line 23: unknown severity 'error' (use fail, warn); fix the spec");
        assertRefused(
                "    - { rule: not_null, column: Name, dimension: accuracy }\n",
                "shop.yaml line 23: unknown dimension 'accuracy'"
                        + " (use completeness, validity, uniqueness, consistency, integrity, timeliness); fix the spec");
    }

    @Test
    void aCheckWithoutARuleIsRefused() {
        assertRefused("    - { column: Name }\n", "shop.yaml line 23: a check needs a 'rule'; fix the spec");
    }

    @Test
    void aThresholdAboveOneIsRefused() {
        assertRefused(
                "    - { rule: not_null, column: Name, threshold: 2 }\n",
                "shop.yaml line 23: threshold must be between 0 and 1, not 2.0; fix the spec");
    }

    @Test
    void aRequiredValueCheckQuarantinesAndFailsOnCompleteness() {
        CheckSpec required = CheckSpec.requiredValue("orders.Email.required", "Email", null);
        assertThat(required.rule()).isEqualTo(CheckRule.NOT_NULL);
        assertThat(required.columns()).containsExactly("Email");
        assertThat(required.action()).isEqualTo(CheckAction.QUARANTINE);
        assertThat(required.severity()).isEqualTo(Severity.FAIL);
        assertThat(required.dimension()).isEqualTo(QualityDimension.COMPLETENESS);
        assertThat(required.idFor("orders")).isEqualTo("orders.Email.required");
    }

    @Test
    void theBuilderKeepsWhatItIsGivenAndDefaultsTheRest() {
        CheckSpec check = CheckSpec.builder(CheckRule.UNIQUE)
                .columns(List.of("Name", "SKU"))
                .threshold(0.9)
                .build();
        assertThat(check.column()).isEqualTo("Name+SKU");
        assertThat(check.requiredPassRate()).isEqualTo(0.9);
        assertThat(check.action()).isEqualTo(CheckAction.FLAG);
        assertThat(check.values()).isEmpty();
        assertThat(check.map()).isEmpty();
    }

    /** The manifest records the spec as JSON: the typed words are written as the spec's words. */
    @Test
    void aCheckIsWrittenWithItsWords() {
        JsonNode json = new ObjectMapper().valueToTree(onlyCheck("    - { rule: row_count, min_rows: 1 }\n"));
        assertThat(json.path("rule").asText()).isEqualTo("row_count");
        assertThat(json.path("dimension").asText()).isEqualTo("completeness");
        assertThat(json.path("severity").asText()).isEqualTo("warn");
        assertThat(json.path("action").asText()).isEqualTo("flag");
        assertThat(json.path("tableCheck").asBoolean()).isTrue();
    }
}
