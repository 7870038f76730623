import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor a run is compared with: DuckDB counting the rows of every CSV file of a data folder, in
 * one process, with the same reader options the pipeline's loader uses. Prints the seconds taken and
 * the rows counted. Run with the shaded jar on the class path:
 * {@code java -cp saleslens.jar bench/CsvScanFloor.java DATA_DIR [MEMORY_LIMIT]}.
 */
public class CsvScanFloor {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        long started = System.nanoTime();
        long rows = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            if (args.length > 1) {
                statement.execute("SET memory_limit = '" + args[1] + "'");
            }
            for (Path file : files) {
                try (ResultSet result = statement.executeQuery("SELECT count(*) FROM read_csv('" + file
                        + "', all_varchar = true, header = true, quote = '\"', escape = '\"')")) {
                    result.next();
                    rows += result.getLong(1);
                }
            }
        }
        System.out.printf("%.3f %d%n", (System.nanoTime() - started) / 1e9, rows);
    }
}
