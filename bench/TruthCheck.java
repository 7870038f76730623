import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a run's metrics.json totals and the defects its cleaning found (quality.json) with the
 * generator's truth.json. Prints "pass" or the differences and exits 1 when any figure differs.
 * {@code java -cp saleslens.jar bench/TruthCheck.java DATA_DIR RUN_DIR}
 */
public class TruthCheck {
    private static final List<String> TOTALS = List.of("revenue", "sales_records", "orders", "units", "customers",
            "customers_with_orders", "products_in_catalog", "products_sold", "first_order_date", "last_order_date");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode truth = json.readTree(Path.of(args[0], "truth.json").toFile());
        JsonNode totals = json.readTree(Path.of(args[1], "metrics.json").toFile()).path("totals");
        List<String> differences = new ArrayList<>();
        for (String key : TOTALS) {
            JsonNode expected = truth.path(key);
            JsonNode actual = totals.path(key);
            boolean equal = expected.isNumber()
                    ? actual.isNumber() && Math.abs(expected.asDouble() - actual.asDouble()) < 0.005
                    : expected.asText().equals(actual.asText());
            if (!equal) {
                differences.add(key + ": truth " + expected + ", run " + actual);
            }
        }
        // Each planted defect and where the run reports finding it (the same pairs SalesLensTruthTest checks).
        JsonNode cleaning = json.readTree(Path.of(args[1], "quality.json").toFile()).path("cleaning");
        JsonNode planted = truth.path("defects");
        Map<String, JsonNode> found = new LinkedHashMap<>();
        found.put("duplicate_customer_ids", cleaning.path("customer").path("duplicates_merged"));
        found.put("missing_customer_ids", cleaning.path("customer").path("quarantined"));
        found.put("invalid_order_dates", cleaning.path("sale").path("invalid_by_column").path("order_date"));
        found.put("inconsistent_sales_amounts", cleaning.path("sale").path("repairs_by_rule").path("sale.sales_amount"));
        found.put("invalid_prices", cleaning.path("sale").path("repairs_by_rule").path("sale.unit_price"));
        found.forEach((defect, actual) -> {
            if (!actual.isNumber() || actual.asLong() != planted.path(defect).asLong()) {
                differences.add(defect + ": planted " + planted.path(defect) + ", found " + actual);
            }
        });
        System.out.println(differences.isEmpty() ? "pass (" + TOTALS.size() + " totals, " + found.size() + " defect counts)"
                : "FAIL: " + String.join("; ", differences));
        System.exit(differences.isEmpty() ? 0 : 1);
    }
}
