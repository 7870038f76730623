package io.saleslens.infer;

import static io.saleslens.error.SalesLensException.userError;

import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of the order-lines file that the sale entity needs, each chosen without guessing. */
record FactColumns(
        ProbedFile file,
        ColumnMatch orderId,
        ColumnMatch orderDate,
        ColumnMatch customerId,
        ColumnMatch productId,
        ColumnMatch quantity,
        Optional<ColumnMatch> unitPrice,
        Optional<ColumnMatch> salesAmount,
        Map<Meaning, ColumnMatch> optional) {

    private static final List<Meaning> OPTIONAL = List.of(Meaning.SHIP_DATE, Meaning.DUE_DATE, Meaning.DISCOUNT, Meaning.COST,
            Meaning.UNIT_COST, Meaning.PROFIT);

    static FactColumns resolve(ProbedFile fact) {
        ColumnMatch orderDate = required(fact, Meaning.ORDER_DATE, "date", "format: d/M/yyyy");
        if (orderDate.format().ambiguity() != null) {
            throw userError(fact.fileName() + " column '" + orderDate.column() + "': the order dates " + orderDate.format().ambiguity()
                    + "; set the format in a spec: order_date: { from: " + yamlName(orderDate.column())
                    + ", type: date, format: d/M/yyyy } (or M/d/yyyy), then run with --spec");
        }
        Optional<ColumnMatch> unitPrice = pick(fact, Meaning.UNIT_PRICE, true);
        Optional<ColumnMatch> salesAmount = pick(fact, Meaning.SALES_AMOUNT, true);
        if (unitPrice.isEmpty() && salesAmount.isEmpty()) {
            throw userError(fact.fileName() + ": no column for the sales amount or the unit price; name one in a spec: "
                    + "sales_amount: { from: <column>, type: decimal }, then run with --spec");
        }
        Map<Meaning, ColumnMatch> optional = new LinkedHashMap<>();
        for (Meaning meaning : OPTIONAL) {
            pick(fact, meaning, false).filter(c -> c.format().ambiguity() == null).ifPresent(c -> optional.put(meaning, c));
        }
        return new FactColumns(fact, required(fact, Meaning.ORDER_ID, "text", null), orderDate,
                required(fact, Meaning.CUSTOMER_ID, "integer", null), required(fact, Meaning.PRODUCT_ID, "text", null),
                required(fact, Meaning.QUANTITY, "integer", null), unitPrice, salesAmount, optional);
    }

    private static ColumnMatch required(ProbedFile fact, Meaning meaning, String type, String extra) {
        return pick(fact, meaning, true).orElseThrow(() -> userError(fact.fileName() + ": no column for the "
                + meaning.column().replace('_', ' ') + " (no column name and values fit it; columns: " + fact.columns().stream()
                        .map(ColumnMatch::column).collect(Collectors.joining(", ")) + "); name it in a spec: " + meaning.column()
                + ": { from: <column>, type: " + type + (extra == null ? "" : ", " + extra) + " }, then run with --spec"));
    }

    /**
     * The one column with the best name tier for a meaning. Two at the same tier are a guess: for a
     * column figures depend on that is an error; an optional column is then left out.
     */
    private static Optional<ColumnMatch> pick(ProbedFile fact, Meaning meaning, boolean failWhenAmbiguous) {
        List<ColumnMatch> candidates = fact.withMeaning(meaning);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int tier = candidates.get(0).tier();
        List<ColumnMatch> best = candidates.stream().filter(c -> c.tier() == tier).toList();
        if (best.size() > 1) {
            if (!failWhenAmbiguous) {
                return Optional.empty();
            }
            throw userError(fact.fileName() + ": columns " + best.stream().map(c -> "'" + c.column() + "'").collect(Collectors.joining(" and "))
                    + " could each be the " + meaning.column().replace('_', ' ') + "; choose one in a spec: " + meaning.column()
                    + ": { from: " + yamlName(best.get(0).column()) + " }, then run with --spec");
        }
        return Optional.of(best.get(0));
    }

    EntitySpec saleEntity(Optional<JoinMatch> customers, Optional<JoinMatch> products, Evidence evidence) {
        var columns = new LinkedHashMap<String, ColumnSpec>();
        add(columns, evidence, "order_number", SpecColumns.text(orderId, true), orderId);
        add(columns, evidence, "product_number",
                DatasetInferrer.key(productId, products.map(JoinMatch::dimensionColumn).orElse(null), false), productId);
        add(columns, evidence, "customer_id",
                DatasetInferrer.key(customerId, customers.map(JoinMatch::dimensionColumn).orElse(null), false), customerId);
        add(columns, evidence, "order_date", SpecColumns.of(orderDate, false), orderDate);
        addOptional(columns, evidence, Meaning.SHIP_DATE);
        addOptional(columns, evidence, Meaning.DUE_DATE);
        add(columns, evidence, "quantity", SpecColumns.of(quantity, false), quantity);
        if (unitPrice.isPresent()) {
            add(columns, evidence, "unit_price", SpecColumns.of(unitPrice.get(), false), unitPrice.get());
        } else {
            columns.put("unit_price", SpecColumns.ratio(salesAmount.get(), quantity));
            evidence.derived(DatasetSpec.SALE, "unit_price", "no unit price column: sales amount / quantity");
        }
        if (salesAmount.isPresent()) {
            add(columns, evidence, "sales_amount", SpecColumns.of(salesAmount.get(), false), salesAmount.get());
        } else {
            columns.put("sales_amount", SpecColumns.product(quantity, unitPrice.get()));
            evidence.derived(DatasetSpec.SALE, "sales_amount", "no sales amount column: quantity x unit price");
        }
        for (Meaning measure : List.of(Meaning.DISCOUNT, Meaning.COST, Meaning.UNIT_COST, Meaning.PROFIT)) {
            addOptional(columns, evidence, measure);
        }
        return new EntitySpec(file.source(), null, null, null, columns, null, null);
    }

    private void addOptional(Map<String, ColumnSpec> columns, Evidence evidence, Meaning meaning) {
        ColumnMatch match = optional.get(meaning);
        if (match != null) {
            add(columns, evidence, meaning.column(), SpecColumns.of(match, false), match);
        }
    }

    private void add(Map<String, ColumnSpec> columns, Evidence evidence, String name, ColumnSpec column, ColumnMatch match) {
        columns.put(name, column);
        evidence.column(DatasetSpec.SALE, name, file, match);
    }

    static String yamlName(String column) {
        return column.matches("[A-Za-z_][A-Za-z0-9_]*") ? column : '"' + column.replace("\"", "\\\"") + '"';
    }
}
