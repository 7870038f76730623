package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class RfmSegmenterTest extends GoldFixtureTest {
    @Test
    void everyCustomerWithAnOrderLandsInExactlyOneSegment() {
        ObjectNode rfm = new RfmSegmenter(engine, RfmRules.defaults()).segment();

        long total = 0;
        for (JsonNode segment : rfm.get("segments")) {
            total += segment.get("customers").asLong();
        }
        assertThat(rfm.get("customers").asLong()).isEqualTo(5);
        assertThat(total).isEqualTo(5);
        assertThat(engine.queryLong("SELECT count(DISTINCT customer_id) FROM " + RfmSegmenter.TABLE))
                .isEqualTo(5);
        assertThat(rfm.get("segments"))
                .extracting(s -> s.get("segment").asText())
                .containsExactlyElementsOf(RfmRules.defaults().rules().stream()
                        .map(RfmRule::segment)
                        .toList());
    }

    @Test
    void measuresRecencyFrequencyAndMonetaryPerCustomer() {
        new RfmSegmenter(engine, RfmRules.defaults()).segment();

        Map<Long, Map<String, Object>> byCustomer = customers();
        // Customer 1: orders on 2013-01-10 and 2013-03-31 (the last date), 2,100 in all.
        assertThat(byCustomer.get(1L))
                .containsEntry("recency_days", 0L)
                .containsEntry("frequency", 2L)
                .containsEntry("monetary", 2100.0);
        // Customer 5: one order on 2013-01-20, 70 days before 2013-03-31.
        assertThat(byCustomer.get(5L)).containsEntry("recency_days", 70L).containsEntry("frequency", 1L);
    }

    @Test
    void customersWithEqualValuesGetEqualScores() {
        new RfmSegmenter(engine, RfmRules.defaults()).segment();

        Map<Long, Map<String, Object>> byCustomer = customers();
        // Customers 2, 3 and 5 have one order each; NTILE alone would give them scores 1, 2 and 3.
        assertThat(List.of(
                        byCustomer.get(2L).get("f_score"),
                        byCustomer.get(3L).get("f_score"),
                        byCustomer.get(5L).get("f_score")))
                .containsOnly(1L);
        // Customers 1 and 4 have two orders; their NTILEs are 4 and 5, so both take 4.
        assertThat(byCustomer.get(1L).get("f_score")).isEqualTo(4L);
        assertThat(byCustomer.get(4L).get("f_score")).isEqualTo(4L);
    }

    @Test
    void segmentsFollowTheRuleTable() {
        RfmRules rules = RfmRules.defaults();
        new RfmSegmenter(engine, rules).segment();

        for (Map<String, Object> row : customers().values()) {
            int r = ((Number) row.get("r_score")).intValue();
            int f = ((Number) row.get("f_score")).intValue();
            assertThat(row.get("segment"))
                    .as("customer %s", row.get("customer_id"))
                    .isEqualTo(rules.segmentOf(r, f));
        }
    }

    @Test
    void revenueSharesAddUpToOne() {
        ObjectNode rfm = new RfmSegmenter(engine, RfmRules.defaults()).segment();

        double share = 0;
        double revenue = 0;
        for (JsonNode segment : rfm.get("segments")) {
            share += segment.get("revenue_share").asDouble();
            revenue += segment.get("revenue").asDouble();
        }
        assertThat(share).isCloseTo(1.0, Assertions.within(1e-5));
        assertThat(revenue).isEqualTo(3450.0);
        assertThat(rfm.get("reference_date").asText()).isEqualTo("2013-03-31");
    }

    private Map<Long, Map<String, Object>> customers() {
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        engine.query("SELECT * FROM " + RfmSegmenter.TABLE)
                .forEach(row -> rows.put((Long) row.get("customer_id"), row));
        return rows;
    }
}
