package io.saleslens.audience;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.engine.SqlDialect;
import io.saleslens.insight.Insight;
import java.util.List;

/**
 * What a list is chosen from: the metrics document, the ranked insights the report's actions follow, the columns of
 * the customer dimension and the engine's dialect.
 */
record AudienceInput(JsonNode metrics, List<Insight> insights, List<String> customerColumns, SqlDialect sql) {
    AudienceInput {
        requireNonNull(metrics, "metrics is null");
        insights = List.copyOf(insights);
        customerColumns = List.copyOf(customerColumns);
        requireNonNull(sql, "sql is null");
    }
}
