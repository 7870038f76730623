package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an order-lines file spreads an order over its lines, measured over every row in the engine: which columns
 * are order-level, written on the order's first line only and blank on its follow-on lines (Shopify writes an
 * order's Total, Subtotal, Discount Amount and billing address that way). An order-level column is never a
 * line measure: summed over lines it would count each order once, on whichever line carries it.
 *
 * @param multiLineOrders orders with more than one line; without any, no column can be shown to be order-level
 * @param firstLineOnly per order-level column, the multi-line orders whose first line carries a value
 */
record OrderLayout(ColumnMatch orderId, long orders, long multiLineOrders, Map<String, Long> firstLineOnly) {

    OrderLayout {
        requireNonNull(orderId, "orderId is null");
        // File order, so the spec lists the columns the same way on every run.
        firstLineOnly = Collections.unmodifiableMap(new LinkedHashMap<>(firstLineOnly));
    }

    static OrderLayout measure(Engine engine, ProbedFile fact, ColumnMatch orderId) {
        SqlDialect sql = engine.dialect();
        String key = "NULLIF(trim(" + sql.quote(orderId.column()) + "), '')";
        List<ColumnMatch> others = fact.columns().stream()
                .filter(c -> c != orderId && c.values() > 0)
                .toList();
        List<String> aggregates = new ArrayList<>();
        aggregates.add("count(DISTINCT t.k) AS orders");
        aggregates.add(sql.countDistinctWhere("t.k", "o.n > 1") + " AS multi");
        for (int i = 0; i < others.size(); i++) {
            String value = "NULLIF(trim(t." + sql.quote(others.get(i).column()) + "), '')";
            aggregates.add(sql.countWhere("o.n > 1 AND t._line <> o.first_line AND " + value + " IS NOT NULL") + " AS c"
                    + i + "_follow");
            aggregates.add(sql.countWhere("o.n > 1 AND t._line = o.first_line AND " + value + " IS NOT NULL") + " AS c"
                    + i + "_first");
        }
        Map<String, Object> row = engine.query("WITH t AS (SELECT *, " + key + " AS k FROM " + fact.table() + "),"
                        + " o AS (SELECT k, min(_line) AS first_line, count(*) AS n FROM t WHERE k IS NOT NULL GROUP BY k)"
                        + " SELECT " + String.join(", ", aggregates) + " FROM t JOIN o ON t.k = o.k")
                .get(0);
        long multi = number(row, "multi");
        Map<String, Long> orderLevel = new LinkedHashMap<>();
        for (int i = 0; i < others.size(); i++) {
            long first = number(row, "c" + i + "_first");
            if (multi > 0 && first > 0 && number(row, "c" + i + "_follow") == 0) {
                orderLevel.put(others.get(i).column(), first);
            }
        }
        return new OrderLayout(orderId, number(row, "orders"), multi, orderLevel);
    }

    boolean isOrderLevel(ColumnMatch column) {
        return firstLineOnly.containsKey(column.column());
    }

    /** Why a column counts as order-level, for the spec's comments and messages. */
    String orderLevelEvidence(ColumnMatch column) {
        return "order-level: on the first line of " + firstLineOnly.get(column.column()) + " of " + multiLineOrders
                + " multi-line orders (by '" + orderId.column() + "') and blank on every follow-on line";
    }

    private static long number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
