package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class WeeklySeriesTest extends GoldFixtureTest {
    @Test
    void groupsOrdersIntoWeeksStartingOnMonday() {
        ArrayNode weeks = WeeklySeries.load(engine);

        // Thursday 10 Jan, Sunday 20 Jan, Friday 1 Feb, Friday 15 Feb, Friday 1 Mar, Monday 11 Mar, Sunday 31 Mar.
        assertThat(weeks)
                .extracting(week -> week.get("week_start").asText())
                .containsExactly(
                        "2013-01-07",
                        "2013-01-14",
                        "2013-01-28",
                        "2013-02-11",
                        "2013-02-25",
                        "2013-03-11",
                        "2013-03-25");
        JsonNode first = weeks.get(0);
        assertThat(first.get("revenue").asDouble()).isEqualTo(1100.0);
        assertThat(first.get("orders").asLong()).as("two lines of one order").isEqualTo(1);
        assertThat(first.get("units").asLong()).isEqualTo(3);
        assertThat(first.get("customers").asLong()).isEqualTo(1);
    }

    @Test
    void marksOnlyWeeksTheDataDoesNotCoverInFullAsPartial() {
        ArrayNode weeks = WeeklySeries.load(engine);

        assertThat(weeks.get(0).get("partial").asBoolean())
                .as("the data starts on the Thursday")
                .isTrue();
        assertThat(weeks.get(3).get("partial").asBoolean()).isFalse();
        assertThat(weeks.get(weeks.size() - 1).get("partial").asBoolean())
                .as("the data ends on the Sunday")
                .isFalse();
    }
}
