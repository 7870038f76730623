package io.saleslens.infer;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the sale's line amount among the columns named like one and price × quantity, deciding with the data
 * wherever it can, measured in the engine: an order-level column (first line only) is never a line amount; an
 * order total by name (Total, Subtotal) is not one when the line price and quantity exist; an order-level total
 * that equals, per order, the sum of price × quantity − line discount over the order's lines shows the line
 * amount to be price × quantity − discount. Where the data cannot decide it refuses, naming both readings.
 */
final class LineAmountChooser {
    /** Share of lines or orders that must agree for a reading to count as shown by the data. */
    static final double MIN_AGREEMENT = 0.99;
    /** Amounts closer than this are equal (amounts have cents; sums of doubles carry rounding noise). */
    private static final double TOLERANCE = 0.005;

    private static final Set<String> ORDER_TOTAL_NAMES =
            Set.of("total", "subtotal", "ordertotal", "grandtotal", "totalamount");

    private final Engine engine;
    private final SqlDialect sql;
    private final ProbedFile fact;
    private final OrderLayout layout;

    LineAmountChooser(Engine engine, ProbedFile fact, OrderLayout layout) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.fact = fact;
        this.layout = layout;
    }

    /**
     * @param quantity the line quantity, or empty
     * @param unitPrice the line unit price, or empty
     * @param discount a line-level discount column, or empty
     */
    LineAmount choose(Optional<ColumnMatch> quantity, Optional<ColumnMatch> unitPrice, Optional<ColumnMatch> discount) {
        boolean priceTimesQuantity = quantity.isPresent() && unitPrice.isPresent();
        List<String> setAside = new ArrayList<>();
        List<ColumnMatch> lineLevel = new ArrayList<>();
        for (ColumnMatch candidate : fact.withMeaning(Meaning.SALES_AMOUNT)) {
            if (layout != null && layout.isOrderLevel(candidate)) {
                setAside.add("'" + candidate.column() + "' is " + layout.orderLevelEvidence(candidate));
            } else if (priceTimesQuantity && ORDER_TOTAL_NAMES.contains(Meaning.normalise(candidate.column()))) {
                setAside.add("'" + candidate.column()
                        + "' is an order total by its name, and the line price x quantity exists");
            } else {
                lineLevel.add(candidate);
            }
        }
        String asideNote = setAside.isEmpty() ? "" : "; not the line amount: " + String.join("; ", setAside);
        if (lineLevel.size() == 1) {
            ColumnMatch only = lineLevel.get(0);
            return new LineAmount(
                    SpecColumns.of(only, false),
                    only,
                    fact.fileName() + " '" + only.column() + "': " + only.evidence() + asideNote);
        }
        if (lineLevel.size() > 1) {
            return decideBetween(lineLevel, quantity, unitPrice, discount, asideNote);
        }
        if (!priceTimesQuantity) {
            throw new SalesLensException(
                    ErrorCode.DATASET_UNDECIDABLE,
                    fact.fileName() + ": no column for the sales amount or the unit price"
                            + (setAside.isEmpty() ? "" : " (" + String.join("; ", setAside) + ")")
                            + "; name one in a spec under entities.sale.columns: "
                            + "sales_amount: { from: <column>, type: decimal }, then run with --spec");
        }
        return derived(quantity.get(), unitPrice.get(), discount, asideNote);
    }

    /** Price × quantity, less the line discount when an order-level total shows it belongs there. */
    private LineAmount derived(
            ColumnMatch quantity, ColumnMatch unitPrice, Optional<ColumnMatch> discount, String asideNote) {
        String gross = SpecColumns.number(quantity) + " * " + SpecColumns.number(unitPrice);
        if (discount.isEmpty()) {
            return new LineAmount(
                    SpecColumns.product(quantity, unitPrice),
                    null,
                    "no line amount column: quantity x unit price"
                            + reconciliation(gross, gross)
                                    .filter(r ->
                                            r.netMatches() >= Math.ceil(r.orders() * MIN_AGREEMENT) && r.orders() > 0)
                                    .map(r -> "; " + r.describe("quantity x price"))
                                    .orElse("")
                            + asideNote);
        }
        String net = gross + " - coalesce(" + SpecColumns.number(discount.get()) + ", 0)";
        ColumnSpec netSpec = new ColumnSpec(null, net, "decimal", null, false, null, null, false);
        String netWords = "price x quantity - '" + discount.get().column() + "'";
        Optional<Reconciliation> best = reconciliation(net, gross);
        if (best.isPresent() && best.get().netAgrees()) {
            return new LineAmount(
                    netSpec,
                    null,
                    "line amount = " + netWords + ": " + best.get().describe(netWords) + asideNote);
        }
        if (best.isPresent() && best.get().grossAgrees()) {
            return new LineAmount(
                    SpecColumns.product(quantity, unitPrice),
                    null,
                    "line amount = quantity x unit price, the discount '"
                            + discount.get().column() + "' not subtracted: "
                            + best.get().describe("price x quantity") + asideNote);
        }
        if (best.isPresent() && !best.get().discounted()) {
            return new LineAmount(
                    netSpec, null, "line amount = " + netWords + " (no line carries a discount)" + asideNote);
        }
        throw new SalesLensException(
                ErrorCode.DATASET_UNDECIDABLE,
                fact.fileName() + ": the line amount is either price x quantity or price x quantity less '"
                        + discount.get().column() + "', and no order-level total tells which ("
                        + best.map(r -> r.describe(netWords)).orElse("no order-level amount column")
                        + "); write it in a spec under entities.sale.columns: sales_amount: "
                        + SpecYamlWriter.column(netSpec) + " (or sales_amount: "
                        + SpecYamlWriter.column(SpecColumns.product(quantity, unitPrice))
                        + "), then run with --spec");
    }

    /**
     * The order-level numeric column that best matches, per order, the sum of the net (or gross) line amounts
     * over the order's lines; empty when the file has no order-level numeric column.
     */
    private Optional<Reconciliation> reconciliation(String net, String gross) {
        if (layout == null) {
            return Optional.empty();
        }
        List<ColumnMatch> totals = fact.columns().stream()
                .filter(c -> layout.isOrderLevel(c) && c.format().isNumber())
                .toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        String key = "NULLIF(trim(" + sql.quote(layout.orderId().column()) + "), '')";
        List<String> lines = new ArrayList<>(List.of(key + " AS k", net + " AS net", gross + " AS gross"));
        List<String> orders = new ArrayList<>(List.of("k", "sum(net) AS net", "sum(gross) AS gross"));
        List<String> counts =
                new ArrayList<>(List.of(sql.countWhere("abs(net - gross) > " + TOLERANCE) + " AS discounted"));
        for (int i = 0; i < totals.size(); i++) {
            lines.add(SpecColumns.number(totals.get(i)) + " AS t" + i);
            orders.add("max(t" + i + ") AS t" + i);
            counts.add("count(t" + i + ") AS t" + i + "_orders");
            counts.add(sql.countWhere("abs(t" + i + " - net) <= " + TOLERANCE) + " AS t" + i + "_net");
            counts.add(sql.countWhere("abs(t" + i + " - gross) <= " + TOLERANCE) + " AS t" + i + "_gross");
        }
        Map<String, Object> row = engine.query("WITH l AS (SELECT " + String.join(", ", lines) + " FROM " + fact.table()
                        + "),"
                        + " o AS (SELECT " + String.join(", ", orders) + " FROM l WHERE k IS NOT NULL GROUP BY k)"
                        + " SELECT " + String.join(", ", counts) + " FROM o")
                .get(0);
        Reconciliation best = null;
        for (int i = 0; i < totals.size(); i++) {
            Reconciliation r = new Reconciliation(
                    totals.get(i).column(),
                    number(row, "t" + i + "_orders"),
                    number(row, "t" + i + "_net"),
                    number(row, "t" + i + "_gross"),
                    number(row, "discounted"));
            if (best == null || r.score() > best.score()) {
                best = r;
            }
        }
        return Optional.of(best);
    }

    /** Two or more line-level columns named like the amount: price × quantity may tell which one is the line amount. */
    private LineAmount decideBetween(
            List<ColumnMatch> candidates,
            Optional<ColumnMatch> quantity,
            Optional<ColumnMatch> unitPrice,
            Optional<ColumnMatch> discount,
            String asideNote) {
        String names = candidates.stream().map(c -> "'" + c.column() + "'").collect(Collectors.joining(" and "));
        List<String> aggregates = new ArrayList<>(List.of("count(*) AS lines"));
        String first = SpecColumns.number(candidates.get(0));
        for (int i = 0; i < candidates.size(); i++) {
            String value = SpecColumns.number(candidates.get(i));
            aggregates.add("round(sum(" + value + "), 2) AS a" + i + "_sum");
            aggregates.add(sql.countWhere("abs(coalesce(" + value + ", 0) - coalesce(" + first + ", 0)) > " + TOLERANCE)
                    + " AS a" + i + "_differs");
            if (quantity.isPresent() && unitPrice.isPresent()) {
                String expected = SpecColumns.number(quantity.get()) + " * " + SpecColumns.number(unitPrice.get())
                        + discount.map(d -> " - coalesce(" + SpecColumns.number(d) + ", 0)")
                                .orElse("");
                aggregates.add(sql.countWhere("abs(" + value + " - (" + expected + ")) <= " + TOLERANCE) + " AS a" + i
                        + "_fits");
            }
        }
        Map<String, Object> row = engine.query("SELECT " + String.join(", ", aggregates) + " FROM " + fact.table())
                .get(0);
        long lines = number(row, "lines");
        long disagreeing = 0;
        for (int i = 1; i < candidates.size(); i++) {
            disagreeing = Math.max(disagreeing, number(row, "a" + i + "_differs"));
        }
        if (quantity.isPresent() && unitPrice.isPresent()) {
            List<ColumnMatch> fitting = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (number(row, "a" + i + "_fits") >= Math.ceil(lines * MIN_AGREEMENT)) {
                    fitting.add(candidates.get(i));
                }
            }
            if (fitting.size() == 1 && disagreeing > 0) {
                ColumnMatch chosen = fitting.get(0);
                int index = candidates.indexOf(chosen);
                return new LineAmount(
                        SpecColumns.of(chosen, false),
                        chosen,
                        fact.fileName() + " '" + chosen.column() + "': equals price x quantity"
                                + discount.map(d -> " - '" + d.column() + "'").orElse("") + " on "
                                + number(row, "a" + index + "_fits") + " of "
                                + lines + " lines, unlike the other candidates (" + names + "); " + chosen.evidence()
                                + asideNote);
            }
        }
        if (disagreeing == 0) {
            // The columns agree on every line: nothing in the data tells them apart, and nothing in the figures depends
            // on it yet.
            throw new SalesLensException(
                    ErrorCode.DATASET_UNDECIDABLE,
                    fact.fileName() + ": columns " + names + " could each be the sales amount; choose one in a spec:"
                            + " sales_amount: { from: "
                            + FactColumns.yamlName(candidates.get(0).column()) + " }, then run with --spec");
        }
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            sums.add("sum of '" + candidates.get(i).column() + "' "
                    + String.format(Locale.ROOT, "%,.2f", decimal(row, "a" + i + "_sum")));
        }
        String alternatives = candidates.stream()
                .skip(1)
                .map(c -> "sales_amount: " + SpecYamlWriter.column(SpecColumns.of(c, false)))
                .collect(Collectors.joining(" or "));
        throw new SalesLensException(
                ErrorCode.DATASET_UNDECIDABLE,
                fact.fileName() + ": columns " + names + " could each be the sales amount and disagree on "
                        + disagreeing + " of "
                        + lines + " lines (" + String.join(", ", sums) + ")"
                        + (quantity.isPresent() && unitPrice.isPresent()
                                ? "; neither alone equals price x quantity on the lines"
                                : "")
                        + "; write the one that is the line amount in a spec under entities.sale.columns: sales_amount: "
                        + SpecYamlWriter.column(SpecColumns.of(candidates.get(0), false)) + " (or " + alternatives
                        + "), then run with --spec");
    }

    private static long number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double decimal(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /** How well one order-level column matches the per-order sums of the net and gross line amounts. */
    private record Reconciliation(
            String column, long orders, long netMatches, long grossMatches, long discountedOrders) {
        boolean netAgrees() {
            return orders > 0 && discountedOrders > 0 && netMatches >= Math.ceil(orders * MIN_AGREEMENT);
        }

        boolean grossAgrees() {
            return orders > 0 && discountedOrders > 0 && grossMatches >= Math.ceil(orders * MIN_AGREEMENT);
        }

        boolean discounted() {
            return discountedOrders > 0;
        }

        long score() {
            return Math.max(netMatches, grossMatches);
        }

        String describe(String lineAmount) {
            boolean gross = grossMatches > netMatches;
            return "the order-level '" + column + "' equals the sum of " + (gross ? "price x quantity" : lineAmount)
                    + " over the order's lines on " + (gross ? grossMatches : netMatches) + " of " + orders
                    + " orders ("
                    + discountedOrders + " orders carry a line discount)";
        }
    }
}
