package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.analysis.stats.Concentration;
import io.saleslens.engine.Engine;
import java.util.Map;

/**
 * Gini, HHI and top-20% share computed in the engine, for lists too long to bring to Java (revenue
 * per customer). The formulas are those of {@link Concentration}: Gini from the values ranked
 * ascending, G = 2 sum(i x_i) / (n sum x) - (n + 1) / n; HHI as the sum of squared fractional
 * shares; the top share over the largest ceil(0.2 n) items.
 */
final class SqlConcentration {
    private final Engine engine;

    SqlConcentration(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param itemsQuery a query with a column {@code value} (non-negative), one row per item
     * @return items, gini, hhi, top_fraction, top_items, top_share; null figures when the values sum to zero
     */
    ObjectNode of(String itemsQuery) {
        double fraction = Concentration.TOP_FRACTION;
        Map<String, Object> row = engine.query("WITH items AS (" + itemsQuery + "),"
                        // Tied values are ranked in no set order: swapping the ranks of two equal values changes no
                        // sum below, so no tie-break is needed, and sorting the values alone costs less.
                        + " ranked AS (SELECT value, row_number() OVER (ORDER BY value) AS rank_ascending,"
                        + " count(*) OVER () AS n, sum(value) OVER () AS total FROM items),"
                        + " top AS (SELECT greatest(1, CAST(ceil("
                        + engine.dialect().doubleLiteral(fraction)
                        + " * any_value(n) - 1e-9) AS BIGINT)) AS top_count FROM ranked)"
                        + " SELECT count(*) AS items, any_value(t.top_count) AS top_items, any_value(total) AS total,"
                        + " greatest(0, 2 * sum(rank_ascending * value) / (any_value(n) * nullif(any_value(total), 0))"
                        + " - (any_value(n) + 1.0) / any_value(n)) AS gini,"
                        + " sum((value / nullif(total, 0)) * (value / nullif(total, 0))) AS hhi,"
                        + " sum(CASE WHEN rank_ascending > n - t.top_count THEN value ELSE 0 END) / nullif(any_value(total), 0) AS top_share"
                        + " FROM ranked, top t")
                .get(0);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        long items = ((Number) row.get("items")).longValue();
        node.put("items", items);
        // GREATEST ignores NULL, so an empty or all-zero list would read as Gini 0; it has no Gini at all.
        if (!(row.get("total") instanceof Number total) || total.doubleValue() <= 0) {
            node.putNull("gini");
            node.putNull("hhi");
            node.put("top_fraction", fraction);
            node.put("top_items", 0);
            node.putNull("top_share");
            return node;
        }
        JsonValues.ratio(node, "gini", number(row.get("gini")));
        JsonValues.ratio(node, "hhi", number(row.get("hhi")));
        node.put("top_fraction", fraction);
        node.put("top_items", ((Number) row.get("top_items")).longValue());
        JsonValues.ratio(node, "top_share", number(row.get("top_share")));
        return node;
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
