package io.saleslens.model;

import static io.saleslens.model.DerivedColumns.codeColumn;
import static io.saleslens.stage.Tables.bronze;
import static io.saleslens.stage.Tables.gold;
import static io.saleslens.stage.Tables.silver;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EnrichSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.stage.ColumnExpressions;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the star schema: {@code dim_customer} and {@code dim_product} (silver joined with their
 * enrichment sources, missing values labelled), {@code dim_date} over the order dates, and
 * {@code fact_sales} (a view over the silver order lines), and {@link OrderFacts} and {@link ProductSales} over it.
 */
public final class GoldBuilder {
    private final Engine engine;
    private final SqlDialect sql;
    private ColumnExpressions expressions;

    public GoldBuilder(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.expressions = new ColumnExpressions(sql);
    }

    /** Builds the four gold tables and returns their row counts. */
    public Map<String, Long> build(DatasetSpec spec) {
        expressions = new ColumnExpressions(sql, spec.timezone());
        buildDimension("dim_customer", DatasetSpec.CUSTOMER, spec.entity(DatasetSpec.CUSTOMER), "true");
        buildDimension(
                "dim_product",
                DatasetSpec.PRODUCT,
                spec.entity(DatasetSpec.PRODUCT),
                spec.entity(DatasetSpec.PRODUCT).versions() == null ? "true" : "s.is_current");
        buildFact(spec.entity(DatasetSpec.SALE));
        buildDates();
        List<String> grouped = new ArrayList<>(spec.segments());
        grouped.addAll(OrderCustomers.GROUPED_BY_NAME);
        OrderFacts.build(engine, grouped);
        MonthlySales.build(engine);
        ProductSales.build(engine);
        CustomerCategorySales.build(engine);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("dim_customer", "dim_product", "dim_date", "fact_sales")) {
            counts.put(table, engine.queryLong("SELECT count(*) FROM " + gold(table)));
        }
        return counts;
    }

    private void buildDimension(String table, String entityName, EntitySpec entity, String rowFilter) {
        List<String> selects = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        Map<String, List<String>> fallbacks = new LinkedHashMap<>();
        Map<String, List<String>> codeFallbacks = new LinkedHashMap<>();
        entity.columns().forEach((name, column) -> {
            fallbacks.computeIfAbsent(name, n -> new ArrayList<>()).add("s." + sql.quote(name));
            if (column.isMapped()) {
                codeFallbacks.computeIfAbsent(name, n -> new ArrayList<>()).add("s." + sql.quote(codeColumn(name)));
            }
        });
        int index = 0;
        for (EnrichSpec enrichment : entity.enrich()) {
            String alias = "e" + (++index);
            joins.add("LEFT JOIN " + enrichmentLookup(table, index, enrichment) + " " + alias + " ON s."
                    + sql.quote(enrichment.entityKey()) + " = " + alias + "._key");
            enrichment.columns().forEach((name, column) -> {
                List<String> sources = fallbacks.computeIfAbsent(name, n -> new ArrayList<>());
                if (!sources.isEmpty() && !column.onlyWhereMissing()) {
                    sources.clear();
                }
                sources.add(alias + "." + sql.quote(name));
                if (column.isMapped()) {
                    codeFallbacks
                            .computeIfAbsent(name, n -> new ArrayList<>())
                            .add(alias + "." + sql.quote(codeColumn(name)));
                }
            });
        }
        fallbacks.forEach((name, sources) -> {
            List<String> values = new ArrayList<>(sources);
            String missing = missingLabel(entity, name);
            if (missing != null) {
                values.add(sql.literal(missing));
            }
            selects.add(coalesce(values) + " AS " + sql.quote(name));
            if (codeFallbacks.containsKey(name)) {
                selects.add(coalesce(codeFallbacks.get(name)) + " AS " + sql.quote(codeColumn(name)));
            }
        });
        if (table.equals("dim_product")) {
            // Products of a shop or CRM export often have no category or name; the product figures still need the
            // columns.
            if (!fallbacks.containsKey("product_name")) {
                selects.add("CAST(NULL AS STRING) AS product_name");
            }
            if (!fallbacks.containsKey("category")) {
                selects.add("'Unknown' AS category");
            }
        }
        if (entity.versions() != null) {
            selects.add("s.valid_from, s.valid_to");
        }
        selects.add("s._line AS source_line");
        engine.replaceTable(
                gold(table),
                "SELECT " + String.join(", ", selects) + " FROM " + silver(entityName) + " s " + String.join(" ", joins)
                        + " WHERE " + rowFilter);
    }

    /**
     * Materialises one enrichment source as a lookup with one row per key: the row of the first line
     * wins where a key appears twice (it would multiply entity rows). The first line is found with
     * GROUP BY and a join, not a window over the whole source: DuckDB spills both to disk, while a
     * window over tens of millions of rows ran out of memory under --memory-limit 1GB.
     */
    private String enrichmentLookup(String table, int index, EnrichSpec enrichment) {
        List<String> selects = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("_key"));
        selects.add("NULLIF(trim(CAST((" + enrichment.sourceKeyExpression() + ") AS STRING)), '') AS _key");
        enrichment.columns().forEach((name, column) -> {
            selects.add(expressions.value(column) + " AS " + sql.quote(name));
            names.add(sql.quote(name));
            if (column.isMapped()) {
                selects.add(expressions.raw(column) + " AS " + sql.quote(codeColumn(name)));
                names.add(sql.quote(codeColumn(name)));
            }
        });
        String keyed = Tables.scratch(table, "lookup_" + index + "_keyed");
        engine.execute("CREATE OR REPLACE VIEW " + keyed + " AS SELECT " + String.join(", ", selects) + ", _line FROM "
                + bronze(enrichment.from()));
        String lookup = Tables.scratch(table, "lookup_" + index);
        engine.replaceTable(
                lookup,
                "SELECT " + names.stream().map(n -> "k." + n).collect(Collectors.joining(", "))
                        + " FROM " + keyed + " k JOIN (SELECT _key, min(_line) AS _line FROM " + keyed
                        + " WHERE _key IS NOT NULL GROUP BY _key)"
                        + " f ON k._key = f._key AND k._line = f._line");
        return lookup;
    }

    private static String missingLabel(EntitySpec entity, String name) {
        ColumnSpec own = entity.columns().get(name);
        if (own != null && own.missing() != null) {
            return own.missing();
        }
        for (EnrichSpec enrichment : entity.enrich()) {
            ColumnSpec added = enrichment.columns().get(name);
            if (added != null && added.missing() != null) {
                return added.missing();
            }
        }
        return null;
    }

    private static String coalesce(List<String> values) {
        return values.size() == 1 ? values.get(0) : "coalesce(" + String.join(", ", values) + ")";
    }

    private void buildFact(EntitySpec sale) {
        List<String> selects = new ArrayList<>();
        sale.columns().forEach((name, column) -> selects.add("s." + sql.quote(name)));
        // Deals and other order data without units: the unit columns are null, so every units figure is null, never 0.
        if (!sale.columns().containsKey("quantity")) {
            selects.add("CAST(NULL AS BIGINT) AS quantity");
        }
        if (!sale.columns().containsKey("unit_price")) {
            selects.add("CAST(NULL AS DOUBLE) AS unit_price");
        }
        selects.add(sql.yearMonth("s.order_date") + " AS order_month");
        selects.add("s._line AS source_line");
        // A view, not a copy: at 10M lines a copy took 4.3 s and saved its eight full readers about 5 s in all,
        // for a database file one more fact table larger (100M lines must fit the disk too).
        engine.execute("CREATE OR REPLACE VIEW " + Tables.FACT_SALES + " AS SELECT " + String.join(", ", selects)
                + " FROM " + silver(DatasetSpec.SALE) + " s");
    }

    private void buildDates() {
        var bounds = engine.query("SELECT min(order_date) AS first, max(order_date) AS last FROM " + Tables.FACT_SALES)
                .get(0);
        if (bounds.get("first") == null) {
            engine.replaceTable(
                    Tables.DIM_DATE,
                    "SELECT CAST(NULL AS DATE) AS date, CAST(NULL AS INTEGER) AS year,"
                            + " CAST(NULL AS INTEGER) AS quarter, CAST(NULL AS INTEGER) AS month, CAST(NULL AS STRING) AS year_month,"
                            + " CAST(NULL AS INTEGER) AS day_of_week WHERE 1 = 0");
            return;
        }
        String first = "DATE " + sql.literal((String) bounds.get("first"));
        String last = "DATE " + sql.literal((String) bounds.get("last"));
        engine.replaceTable(
                Tables.DIM_DATE,
                "SELECT date, year(date) AS year, quarter(date) AS quarter,"
                        + " month(date) AS month, " + sql.yearMonth("date") + " AS year_month, " + sql.dayOfWeek("date")
                        + " AS day_of_week FROM ("
                        + sql.dateSeries(first, last) + ") days ORDER BY date");
    }
}
