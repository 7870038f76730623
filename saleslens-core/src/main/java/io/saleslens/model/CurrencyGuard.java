package io.saleslens.model;

import static io.saleslens.stage.Tables.bronze;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.AmountFormat;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.stage.ColumnExpressions;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses amounts in another currency than the dataset's: SalesLens does not convert, and a sum of dollars and
 * euros is no figure at all. The currency markers of every amount column with a {@code format} ($, €, USD, 12.50 EUR)
 * and the values of an entity column named {@code currency} must all be the dataset's currency.
 */
final class CurrencyGuard {
    private static final int SHOWN = 5;

    private final Engine engine;
    private final SqlDialect sql;
    private final ColumnExpressions expressions;

    CurrencyGuard(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.expressions = new ColumnExpressions(sql);
    }

    void check(DatasetSpec spec, String entityName, EntitySpec entity) {
        String file = spec.source(entity.from()).location();
        for (Map.Entry<String, ColumnSpec> entry : entity.columns().entrySet()) {
            ColumnSpec column = entry.getValue();
            String raw = expressions.raw(column);
            String where = "entities." + entityName + ".columns." + entry.getKey();
            if (column.type().equals("decimal") && column.format() != null) {
                // Only amounts count: text that is no amount at all (n/a, TBD) is an invalid value, not a currency.
                String marker = "CASE WHEN "
                        + sql.matches(raw, AmountFormat.parse(column.format()).shape()) + " THEN trim("
                        + sql.replaceAll(raw, "[0-9.,()+' \u00a0\u202f-]", "") + ") END";
                List<Map<String, Object>> markers = distinct(marker, entity.from());
                List<String> foreign = markers.stream()
                        .map(row -> (String) row.get("value"))
                        .filter(value -> !means(value, spec.currency()))
                        .toList();
                if (!foreign.isEmpty()) {
                    throw refusal(file, column, where, markers, spec.currency());
                }
            } else if (entry.getKey().equals("currency")) {
                List<Map<String, Object>> codes = distinct(raw, entity.from());
                if (codes.stream().anyMatch(row -> !spec.currency().equalsIgnoreCase((String) row.get("value")))) {
                    throw refusal(file, column, where, codes, spec.currency());
                }
            }
        }
    }

    private List<Map<String, Object>> distinct(String expression, String source) {
        return engine.query(
                "SELECT value, count(*) AS lines FROM (SELECT " + expression + " AS value FROM " + bronze(source)
                        + ") v WHERE value IS NOT NULL AND value <> '' GROUP BY value ORDER BY lines DESC, value");
    }

    /** Whether a marker written beside an amount names the currency: its code, its symbol, or $ for any dollar. */
    static boolean means(String marker, String currency) {
        String code = marker.toUpperCase(Locale.ROOT);
        if (code.equals(currency)) {
            return true;
        }
        String symbol;
        try {
            symbol = Currency.getInstance(currency).getSymbol(Locale.US);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String narrow = Currency.getInstance(currency).getSymbol(Locale.ROOT);
        return marker.equals(symbol)
                || marker.equals(narrow)
                || marker.equals("$") && symbol.endsWith("$")
                || currency.equals("EUR") && marker.equals("€")
                || currency.equals("GBP") && marker.equals("£")
                || currency.equals("JPY") && marker.equals("¥");
    }

    private static RuntimeException refusal(
            String file, ColumnSpec column, String where, List<Map<String, Object>> values, String currency) {
        List<String> shown = new ArrayList<>();
        values.stream().limit(SHOWN).forEach(row -> shown.add(row.get("value") + " (" + row.get("lines") + " lines)"));
        String what = values.size() > 1 ? "mixes currencies" : "is in another currency than the spec's " + currency;
        return new SalesLensException(
                ErrorCode.CURRENCY_MISMATCH,
                file + ": column '" + (column.from() != null ? column.from() : column.expr()) + "' " + what + ": "
                        + String.join(", ", shown) + " (spec " + where
                        + "); SalesLens does not convert currencies: split the file by"
                        + " currency or convert it first"
                        + (values.size() == 1
                                ? ", or set "
                                        + currencyLine(
                                                values.get(0).get("value").toString())
                                        + " in the spec if that is the dataset's currency"
                                : ""));
    }

    /** The spec line that names a marker's currency: its code, or a request for the code where a symbol stands. */
    private static String currencyLine(String marker) {
        String code = marker.toUpperCase(Locale.ROOT);
        return code.matches("[A-Z]{3}")
                ? "'currency: " + code + "'"
                : "'currency:' to the ISO code of " + marker + " (such as EUR for €)";
    }
}
