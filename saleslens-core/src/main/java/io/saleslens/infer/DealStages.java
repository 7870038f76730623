package io.saleslens.infer;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opportunity reports (Salesforce, HubSpot deals) look like order lines, an id, a close date and an amount, but only
 * their won deals are sales: summing every row would add the open and lost pipeline to the revenue. A file with a
 * stage column holding won and other stages is refused, with the spec that keeps the won deals.
 */
final class DealStages {
    private static final Set<String> STAGE_NAMES =
            Set.of("stage", "opportunitystage", "salesstage", "dealstage", "stagename");
    private static final List<String> WON = List.of("closed won", "closedwon", "won", "closed - won");

    private DealStages() {}

    static void refuseOpenDeals(Engine engine, ProbedFile fact, ColumnMatch orderId, ColumnMatch orderDate) {
        Optional<ColumnMatch> stage = fact.columns().stream()
                .filter(c -> STAGE_NAMES.contains(Meaning.normalise(c.column())))
                .findFirst();
        if (stage.isEmpty()) {
            return;
        }
        SqlDialect sql = engine.dialect();
        String value = "lower(trim(" + sql.quote(stage.get().column()) + "))";
        String won =
                WON.stream().map(sql::literal).reduce((a, b) -> a + ", " + b).orElseThrow();
        Map<String, Object> row = engine.query("SELECT " + sql.countWhere(value + " IN (" + won + ")") + " AS won, "
                        + sql.countWhere(value + " NOT IN (" + won + ")") + " AS other, "
                        + sql.aggregateWhere(
                                "min", "trim(" + sql.quote(stage.get().column()) + ")", value + " IN (" + won + ")")
                        + " AS won_label"
                        + " FROM " + fact.table())
                .get(0);
        long wonRows = ((Number) row.get("won")).longValue();
        long otherRows = ((Number) row.get("other")).longValue();
        if (wonRows == 0 || otherRows == 0) {
            return;
        }
        String label = (String) row.get("won_label");
        List<String> lines = new ArrayList<>();
        lines.add("order_number: " + SpecYamlWriter.column(SpecColumns.text(orderId, true)));
        lines.add("order_date: " + SpecYamlWriter.column(SpecColumns.of(orderDate, false)));
        lines.add("customer_id: " + column(fact, Meaning.CUSTOMER_ID));
        lines.add("product_number: "
                + fact.withMeaning(Meaning.PRODUCT_ID).stream()
                        .findFirst()
                        .or(() -> fact.withMeaning(Meaning.CATEGORY).stream().findFirst())
                        .map(c -> SpecYamlWriter.column(SpecColumns.text(c, false)))
                        .orElse("{ from: <column> }"));
        lines.add("stage: " + SpecYamlWriter.column(SpecColumns.text(stage.get(), false)));
        lines.add("quantity: { expr: \"'1'\", type: integer }");
        lines.add("sales_amount: "
                + fact.withMeaning(Meaning.SALES_AMOUNT).stream()
                        .findFirst()
                        .map(c -> SpecYamlWriter.column(SpecColumns.of(c, false)))
                        .orElse("{ from: <column>, type: decimal }"));
        throw new SalesLensException(
                ErrorCode.DATASET_UNDECIDABLE,
                fact.fileName() + ": column '" + stage.get().column() + "' holds deal stages (" + wonRows + " of "
                        + (wonRows + otherRows) + " rows '" + label
                        + "', the others open or lost): only won deals are sales, and summing every row"
                        + " would count the open and lost pipeline as revenue. Write a spec whose entities.sale keeps the won deals, "
                        + "where: \"stage = '" + label.replace("'", "''") + "'\", with these entities.sale.columns: "
                        + String.join("; ", lines)
                        + "; then run with --spec");
    }

    private static String column(ProbedFile fact, Meaning meaning) {
        return fact.withMeaning(meaning).stream()
                .findFirst()
                .map(c -> SpecYamlWriter.column(SpecColumns.text(c, false)))
                .orElse("{ from: <column> }");
    }
}
