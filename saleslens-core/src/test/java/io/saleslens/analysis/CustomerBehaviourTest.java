package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerBehaviourTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;
    private CustomerBehaviour behaviour;

    @BeforeEach
    void start() {
        engine = GoldFixture.engine(spill);
        OrderTable.build(engine);
        CustomerMonths.build(engine);
        behaviour = new CustomerBehaviour(engine);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void measuresOrderSizeRepeatPurchasesAndTheGapsBetweenOrders() {
        ObjectNode orders = behaviour.orders();

        // Seven orders of eight lines and twelve units, 3,450 in all; customers 1 and 4 ordered twice.
        assertThat(orders.get("orders").asLong()).isEqualTo(7);
        assertThat(orders.get("avg_order_value").asDouble()).isEqualTo(492.86);
        assertThat(orders.get("lines_per_order").asDouble()).isEqualTo(1.1429);
        assertThat(orders.get("units_per_order").asDouble()).isEqualTo(1.7143);
        assertThat(orders.get("customers_with_orders").asLong()).isEqualTo(5);
        assertThat(orders.get("repeat_customers").asLong()).isEqualTo(2);
        assertThat(orders.get("repeat_purchase_rate").asDouble()).isEqualTo(0.4);
        assertThat(orders.get("orders_per_customer").asDouble()).isEqualTo(1.4);
        // Customer 1: 10 Jan to 31 Mar is 80 days; customer 4: 1 to 11 Mar is 10 days.
        assertThat(orders.get("gaps_between_orders").asLong()).isEqualTo(2);
        assertThat(orders.get("median_days_between_orders").asDouble()).isEqualTo(45.0);
    }

    @Test
    void splitsEachMonthIntoNewAndReturningCustomers() {
        ArrayNode months = behaviour.newVersusReturning();

        assertThat(months)
                .extracting(month -> month.get("month").asText())
                .containsExactly("2013-01", "2013-02", "2013-03");
        JsonNode march = months.get(2);
        // Customer 4 orders first in March (1,000 + 50); customer 1 returns with 1,000.
        assertThat(march.get("new_customers").asLong()).isEqualTo(1);
        assertThat(march.get("returning_customers").asLong()).isEqualTo(1);
        assertThat(march.get("new_revenue").asDouble()).isEqualTo(1050.0);
        assertThat(march.get("returning_revenue").asDouble()).isEqualTo(1000.0);
        assertThat(months.get(0).get("new_customers").asLong()).isEqualTo(2);
        assertThat(months.get(0).get("returning_customers").asLong()).isZero();
    }

    @Test
    void followsEachCohortToTheLastMonth() {
        JsonNode rows = behaviour.cohorts().get("rows");

        assertThat(rows).extracting(row -> row.get("cohort").asText()).containsExactly("2013-01", "2013-02", "2013-03");
        // January: customers 1 and 5; only customer 1 orders again, two months later.
        JsonNode january = rows.get(0);
        assertThat(january.get("customers").asLong()).isEqualTo(2);
        assertThat(january.get("active_customers")).extracting(JsonNode::asLong).containsExactly(2L, 0L, 1L);
        assertThat(january.get("retention")).extracting(JsonNode::asDouble).containsExactly(1.0, 0.0, 0.5);
        assertThat(rows.get(2).get("retention")).extracting(JsonNode::asDouble).containsExactly(1.0);
    }
}
