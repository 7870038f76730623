import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares metrics.json and quality.json of two run folders value by value and prints "same" or the first differing
 * paths (exit 1). Neither document holds a run id, a time, a duration or a path (the manifest does), so nothing is
 * left out. Usage: java -cp saleslens.jar bench/SameFigures.java RUN_DIR_A RUN_DIR_B
 */
public class SameFigures {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> differences = new ArrayList<>();
        for (String document : List.of("metrics.json", "quality.json")) {
            compare(
                    document,
                    json.readTree(new File(args[0], document)),
                    json.readTree(new File(args[1], document)),
                    differences);
        }
        if (differences.isEmpty()) {
            System.out.println("same metrics.json and quality.json");
            return;
        }
        System.out.println(differences.size() + " values differ: "
                + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
        System.exit(1);
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<String> differences) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            differences.add(path + ": " + a + " vs " + b);
        } else if (a.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "/" + name, a.get(name), b.get(name), differences);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                differences.add(path + ": " + a.size() + " vs " + b.size() + " elements");
                return;
            }
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext(); i++) {
                compare(path + "/" + i, left.next(), right.next(), differences);
            }
        } else if (!a.equals(b)) {
            differences.add(path + ": " + a + " vs " + b);
        }
    }
}
