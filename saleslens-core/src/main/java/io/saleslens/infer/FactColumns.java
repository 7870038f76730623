package io.saleslens.infer;

import io.saleslens.engine.Engine;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.FillDownSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of the order-lines file that the sale entity needs, each chosen without guessing. Measures are
 * taken from line-level columns only: a column written on an order's first line alone (see {@link OrderLayout})
 * would count the order once on whichever line carries it.
 */
record FactColumns(
        ProbedFile file,
        OrderLayout layout,
        ColumnMatch orderId,
        ColumnMatch orderDate,
        ColumnMatch customerId,
        ColumnMatch productId,
        ColumnMatch quantity,
        Optional<ColumnMatch> unitPrice,
        LineAmount salesAmount,
        Map<Meaning, ColumnMatch> optional,
        List<String> notes) {

    private static final List<Meaning> OPTIONAL = List.of(
            Meaning.SHIP_DATE, Meaning.DUE_DATE, Meaning.DISCOUNT, Meaning.COST, Meaning.UNIT_COST, Meaning.PROFIT);

    FactColumns {
        notes = List.copyOf(notes);
    }

    static FactColumns resolve(ProbedFile fact, Engine engine) {
        ColumnMatch orderDate = required(fact, Meaning.ORDER_DATE, "date", "format: d/M/yyyy");
        if (orderDate.format().ambiguity() != null) {
            throw new SalesLensException(
                    ErrorCode.DATASET_UNDECIDABLE,
                    fact.fileName() + " column '" + orderDate.column() + "': the order dates "
                            + orderDate.format().ambiguity()
                            + "; set the format in a spec: order_date: { from: " + yamlName(orderDate.column())
                            + ", type: date, format: d/M/yyyy } (or M/d/yyyy), then run with --spec");
        }
        ColumnMatch orderId = required(fact, Meaning.ORDER_ID, "text", null);
        DealStages.refuseOpenDeals(engine, fact, orderId, orderDate);
        OrderLayout layout = OrderLayout.measure(engine, fact, orderId);
        List<String> notes = new ArrayList<>();
        if (!layout.firstLineOnly().isEmpty()) {
            notes.add("order-level columns (on an order's first line only, blank on its " + layout.multiLineOrders()
                    + " multi-line orders' follow-on lines): "
                    + layout.firstLineOnly().keySet().stream()
                            .map(c -> "'" + c + "'")
                            .collect(Collectors.joining(", ")));
        }
        Optional<ColumnMatch> quantity = pick(fact, layout, Meaning.QUANTITY, true);
        Optional<ColumnMatch> unitPrice = pick(fact, layout, Meaning.UNIT_PRICE, true);
        Map<Meaning, ColumnMatch> optional = new LinkedHashMap<>();
        for (Meaning meaning : OPTIONAL) {
            pick(fact, layout, meaning, false)
                    .filter(c -> c.format().ambiguity() == null)
                    .ifPresent(c -> optional.put(meaning, c));
        }
        LineAmount salesAmount = new LineAmountChooser(engine, fact, layout)
                .choose(quantity, unitPrice, Optional.ofNullable(optional.get(Meaning.DISCOUNT)));
        ColumnMatch productId = pick(fact, layout, Meaning.PRODUCT_ID, true).orElse(null);
        if (productId == null) {
            // A file without product ids still names its products (Product, Lineitem name) or their family.
            for (Meaning stand : List.of(Meaning.PRODUCT_NAME, Meaning.CATEGORY)) {
                Optional<ColumnMatch> found = pick(fact, layout, stand, false);
                if (found.isPresent() && productId == null) {
                    productId = found.get();
                    notes.add("product id: no product id column; the "
                            + stand.column().replace('_', ' ') + " '" + productId.column()
                            + "' identifies the product");
                }
            }
        }
        if (productId == null) {
            productId = required(fact, Meaning.PRODUCT_ID, "text", null);
        }
        return new FactColumns(
                fact,
                layout,
                orderId,
                orderDate,
                required(fact, Meaning.CUSTOMER_ID, "integer", null),
                productId,
                quantity.orElseGet(() -> required(fact, Meaning.QUANTITY, "integer", null)),
                unitPrice,
                salesAmount,
                optional,
                notes);
    }

    private static ColumnMatch required(ProbedFile fact, Meaning meaning, String type, String extra) {
        return pick(fact, null, meaning, true)
                .orElseThrow(() -> new SalesLensException(
                        ErrorCode.DATASET_UNDECIDABLE,
                        fact.fileName() + ": no column for the "
                                + meaning.column().replace('_', ' ') + " (no column name and values fit it; columns: "
                                + fact.columns().stream()
                                        .map(ColumnMatch::column)
                                        .collect(Collectors.joining(", "))
                                + "); name it in a spec under entities.sale.columns: "
                                + meaning.column() + ": { from: <column>, type: " + type
                                + (extra == null ? "" : ", " + extra) + " }, then run with --spec"));
    }

    /**
     * The one column with the best name tier for a meaning; for a measure, among the line-level columns only.
     * Two at the same tier are a guess: for a column figures depend on that is an error; an optional column is
     * then left out.
     */
    private static Optional<ColumnMatch> pick(
            ProbedFile fact, OrderLayout layout, Meaning meaning, boolean failWhenAmbiguous) {
        List<ColumnMatch> candidates = fact.withMeaning(meaning).stream()
                .filter(c -> layout == null || !meaning.isMeasure() || !layout.isOrderLevel(c))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int tier = candidates.get(0).tier();
        List<ColumnMatch> best =
                candidates.stream().filter(c -> c.tier() == tier).toList();
        if (best.size() > 1) {
            if (!failWhenAmbiguous) {
                return Optional.empty();
            }
            throw new SalesLensException(
                    ErrorCode.DATASET_UNDECIDABLE,
                    fact.fileName() + ": columns "
                            + best.stream().map(c -> "'" + c.column() + "'").collect(Collectors.joining(" and "))
                            + " could each be the " + meaning.column().replace('_', ' ') + "; choose one in a spec: "
                            + meaning.column()
                            + ": { from: " + yamlName(best.get(0).column()) + " }, then run with --spec");
        }
        return Optional.of(best.get(0));
    }

    EntitySpec saleEntity(Optional<JoinMatch> customers, Optional<JoinMatch> products, Evidence evidence) {
        var columns = new LinkedHashMap<String, ColumnSpec>();
        var sources = new LinkedHashMap<String, ColumnMatch>();
        add(columns, sources, evidence, "order_number", SpecColumns.text(orderId, true), orderId);
        add(
                columns,
                sources,
                evidence,
                "product_number",
                DatasetInferrer.key(
                        productId, products.map(JoinMatch::dimensionColumn).orElse(null), false),
                productId);
        add(
                columns,
                sources,
                evidence,
                "customer_id",
                DatasetInferrer.key(
                        customerId, customers.map(JoinMatch::dimensionColumn).orElse(null), false),
                customerId);
        add(columns, sources, evidence, "order_date", SpecColumns.of(orderDate, false), orderDate);
        addOptional(columns, sources, evidence, Meaning.SHIP_DATE);
        addOptional(columns, sources, evidence, Meaning.DUE_DATE);
        add(columns, sources, evidence, "quantity", SpecColumns.of(quantity, false), quantity);
        if (unitPrice.isPresent()) {
            add(columns, sources, evidence, "unit_price", SpecColumns.of(unitPrice.get(), false), unitPrice.get());
        } else {
            columns.put("unit_price", SpecColumns.ratio(salesAmount.column(), quantity));
            evidence.derived(DatasetSpec.SALE, "unit_price", "no unit price column: sales amount / quantity");
        }
        columns.put("sales_amount", salesAmount.spec());
        evidence.derived(DatasetSpec.SALE, "sales_amount", salesAmount.evidence());
        for (Meaning measure : List.of(Meaning.DISCOUNT, Meaning.COST, Meaning.UNIT_COST, Meaning.PROFIT)) {
            addOptional(columns, sources, evidence, measure);
        }
        List<String> filled = new ArrayList<>();
        sources.forEach((name, match) -> {
            if (layout.isOrderLevel(match)) {
                filled.add(name);
            }
        });
        FillDownSpec fillDown = filled.isEmpty() ? null : new FillDownSpec("order_number", filled);
        return new EntitySpec(file.source(), null, null, null, columns, null, null, fillDown, null);
    }

    private void addOptional(
            Map<String, ColumnSpec> columns, Map<String, ColumnMatch> sources, Evidence evidence, Meaning meaning) {
        ColumnMatch match = optional.get(meaning);
        if (match != null) {
            add(columns, sources, evidence, meaning.column(), SpecColumns.of(match, false), match);
        }
    }

    private void add(
            Map<String, ColumnSpec> columns,
            Map<String, ColumnMatch> sources,
            Evidence evidence,
            String name,
            ColumnSpec column,
            ColumnMatch match) {
        columns.put(name, column);
        sources.put(name, match);
        evidence.column(DatasetSpec.SALE, name, file, match);
    }

    static String yamlName(String column) {
        return column.matches("[A-Za-z_][A-Za-z0-9_]*") ? column : '"' + column.replace("\"", "\\\"") + '"';
    }
}
