import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a run's metrics.json totals with the generator's truth.json. Prints "pass" or the
 * differences and exits 1 when any total differs.
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
        System.out.println(differences.isEmpty() ? "pass (" + TOTALS.size() + " totals)" : "FAIL: " + String.join("; ", differences));
        System.exit(differences.isEmpty() ? 0 : 1);
    }
}
