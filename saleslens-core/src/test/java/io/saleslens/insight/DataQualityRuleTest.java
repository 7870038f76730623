package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DataQualityRuleTest {

    @Test
    void reportsEveryFailingCheckAndNoPassingOne() {
        InsightInput input = input(
                "{}",
                "{'checks': ["
                        + "{'id': 'sales.order_date.valid', 'source': 'sales_details', 'column': 'sls_order_dt', 'rule': 'valid date', 'dimension': 'validity',"
                        + " 'severity': 'repair', 'action': 'set empty', 'failed': 19, 'total': 1000, 'pass_rate': 0.981},"
                        + "{'id': 'cust.id.present', 'source': 'cust_info', 'column': 'cst_id', 'rule': 'not null', 'dimension': 'completeness',"
                        + " 'severity': 'quarantine', 'action': 'quarantine', 'failed': 0, 'total': 500, 'pass_rate': 1.0}]}");

        List<Insight> insights = new DataQualityRule().evaluate(input);

        assertThat(insights).extracting(Insight::subject).containsExactly("sales.order_date.valid");
        assertThat(insights.get(0).impact()).isEqualTo(0.019);
        assertThat(insights.get(0).attributes())
                .containsEntry("dimension", "validity")
                .containsEntry("source", "sales_details");
        assertThat(value(input, insights.get(0), "count").asLong()).isEqualTo(19);
    }

    @Test
    void fallsBackToWhatCleaningRecordedWhenThereAreNoChecks() {
        InsightInput input = input(
                "{}",
                "{'cleaning': {'sale': {'source': 'sales_details', 'rows_in': 100, 'quarantined': 2,"
                        + " 'duplicates_merged': 0, 'repairs_by_rule': {'sale.sales_amount': 3}, 'invalid_by_column': {'order_date': 4, 'quantity': 0}}}}");

        List<Insight> insights = new DataQualityRule().evaluate(input);

        assertThat(insights)
                .extracting(i -> i.attributes().get("dimension"))
                .containsExactly("validity", "consistency", "completeness");
        assertThat(value(input, insights.get(1), "count").asLong()).isEqualTo(3);
    }

    @Test
    void namesTheColumnsOfAMultiColumnCheckAndTheIdOfATableCheck() {
        InsightInput input = input(
                "{}",
                "{'checks': ["
                        + "{'id': 'prd.key+start.unique', 'source': 'prd_info', 'column': null, 'columns': ['prd_key', 'prd_start_dt'],"
                        + " 'rule': 'unique', 'dimension': 'uniqueness', 'severity': 'fail', 'action': 'flag', 'failed': 2, 'total': 10},"
                        + "{'id': 'prd.category_id.referential', 'source': 'prd_info', 'column': null, 'rule': 'referential',"
                        + " 'dimension': 'integrity', 'severity': 'fail', 'action': 'flag', 'failed': 1, 'total': 10}]}");

        List<Insight> insights = new DataQualityRule().evaluate(input);

        assertThat(insights.get(0).attributes()).containsEntry("column", "prd_key, prd_start_dt");
        assertThat(value(input, insights.get(0), "column")).hasSize(2);
        assertThat(value(input, insights.get(1), "column").asText()).isEqualTo("prd.category_id.referential");
        assertThat(insights.get(1).text()).startsWith("{source}: check {column}");
    }

    @Test
    void reportsTheOverallScoreAsTheShareOfRowsPassingEveryFailSeverityCheck() {
        InsightInput input = input(
                "{}",
                "{'score': {'overall': 0.9, 'rows': 1000, 'rows_failing': 100, 'checks': 36, 'checks_failed': 21},"
                        + " 'checks': []}");

        Insight score = new DataQualityRule().evaluate(input).get(0);

        assertThat(score.subject()).isEqualTo("score");
        assertThat(score.attributes()).containsEntry("dimension", "overall");
        assertThat(score.impact()).isCloseTo(0.1, Offset.offset(1e-9));
        assertThat(score.text()).contains("fail-severity");
        assertThat(value(input, score, "failing").asLong()).isEqualTo(100);
    }
}
