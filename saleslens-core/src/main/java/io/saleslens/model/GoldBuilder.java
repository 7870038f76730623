package io.saleslens.model;

import static io.saleslens.model.SilverTables.bronze;
import static io.saleslens.model.SilverTables.codeColumn;
import static io.saleslens.model.SilverTables.gold;
import static io.saleslens.model.SilverTables.silver;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EnrichSpec;
import io.saleslens.spec.EntitySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the star schema: {@code dim_customer} and {@code dim_product} (silver joined with their
 * enrichment sources, missing values labelled), {@code dim_date} over the order dates, and
 * {@code fact_sales}.
 */
public final class GoldBuilder {
    private final Engine engine;
    private final SqlDialect sql;
    private final ColumnExpressions expressions;

    public GoldBuilder(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.expressions = new ColumnExpressions(sql);
    }

    /** Builds the four gold tables and returns their row counts. */
    public Map<String, Long> build(DatasetSpec spec) {
        buildDimension("dim_customer", DatasetSpec.CUSTOMER, spec.entity(DatasetSpec.CUSTOMER), "true");
        buildDimension("dim_product", DatasetSpec.PRODUCT, spec.entity(DatasetSpec.PRODUCT),
                spec.entity(DatasetSpec.PRODUCT).versions() == null ? "true" : "s.is_current");
        buildFact(spec.entity(DatasetSpec.SALE));
        buildDates();
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
            joins.add("LEFT JOIN (" + enrichmentLookup(enrichment) + ") " + alias + " ON s." + sql.quote(enrichment.entityKey())
                    + " = " + alias + "._key AND " + alias + "._rank = 1");
            enrichment.columns().forEach((name, column) -> {
                List<String> sources = fallbacks.computeIfAbsent(name, n -> new ArrayList<>());
                if (!sources.isEmpty() && !column.onlyWhereMissing()) {
                    sources.clear();
                }
                sources.add(alias + "." + sql.quote(name));
                if (column.isMapped()) {
                    codeFallbacks.computeIfAbsent(name, n -> new ArrayList<>()).add(alias + "." + sql.quote(codeColumn(name)));
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
        if (entity.versions() != null) {
            selects.add("s.valid_from, s.valid_to");
        }
        selects.add("s._line AS source_line");
        engine.execute(sql.createTable(gold(table), "SELECT " + String.join(", ", selects) + " FROM "
                + silver(entityName) + " s " + String.join(" ", joins) + " WHERE " + rowFilter));
    }

    private String enrichmentLookup(EnrichSpec enrichment) {
        List<String> selects = new ArrayList<>();
        String key = "NULLIF(trim(CAST((" + enrichment.sourceKeyExpression() + ") AS STRING)), '')";
        selects.add(key + " AS _key");
        enrichment.columns().forEach((name, column) -> {
            selects.add(expressions.value(column) + " AS " + sql.quote(name));
            if (column.isMapped()) {
                selects.add(expressions.raw(column) + " AS " + sql.quote(codeColumn(name)));
            }
        });
        // A key that appears twice in the lookup source would multiply entity rows; the first line wins.
        selects.add("row_number() OVER (PARTITION BY " + key + " ORDER BY _line) AS _rank");
        return "SELECT " + String.join(", ", selects) + " FROM " + bronze(enrichment.from());
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
        selects.add(sql.yearMonth("s.order_date") + " AS order_month");
        selects.add("s._line AS source_line");
        engine.execute(sql.createTable(gold("fact_sales"), "SELECT " + String.join(", ", selects)
                + " FROM " + silver(DatasetSpec.SALE) + " s"));
    }

    private void buildDates() {
        var bounds = engine.query("SELECT min(order_date) AS first, max(order_date) AS last FROM " + gold("fact_sales")).get(0);
        if (bounds.get("first") == null) {
            engine.execute(sql.createTable(gold("dim_date"), "SELECT CAST(NULL AS DATE) AS date, CAST(NULL AS INTEGER) AS year,"
                    + " CAST(NULL AS INTEGER) AS quarter, CAST(NULL AS INTEGER) AS month, CAST(NULL AS STRING) AS year_month,"
                    + " CAST(NULL AS INTEGER) AS day_of_week WHERE 1 = 0"));
            return;
        }
        String first = "DATE " + sql.literal((String) bounds.get("first"));
        String last = "DATE " + sql.literal((String) bounds.get("last"));
        engine.execute(sql.createTable(gold("dim_date"), "SELECT date, year(date) AS year, quarter(date) AS quarter,"
                + " month(date) AS month, " + sql.yearMonth("date") + " AS year_month, " + sql.dayOfWeek("date") + " AS day_of_week FROM ("
                + sql.dateSeries(first, last) + ") days ORDER BY date"));
    }
}
