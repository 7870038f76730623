package io.saleslens.cli.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.cli.SalesLensCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one mutation case through the real command line and judges the answer: a published run whose row accounting
 * holds for every source, or exit 2 with one clear line naming the damaged file.
 */
public final class FuzzCaseRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer to one case: {@code failure} is null when the answer was a clear one. */
    public record Verdict(
            SampleMutations.Case mutation,
            String command,
            String damage,
            int exitCode,
            String message,
            String failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    private final Path sample;
    private final Path workFolder;

    public FuzzCaseRunner(Path sample, Path workFolder) {
        this.sample = sample;
        this.workFolder = workFolder;
    }

    /** Runs the case with {@code validate}, or with {@code run --departments sales} when {@code fullRun}. */
    public Verdict run(SampleMutations.Case mutation, boolean fullRun) throws IOException {
        Path caseFolder = workFolder.resolve("case-" + mutation.index());
        Path data = caseFolder.resolve("data");
        Path out = caseFolder.resolve("out");
        String damage = SampleMutations.apply(mutation, sample, data);
        String[] args = fullRun
                ? new String[] {"run", data.toString(), "--out", out.toString(), "--departments", "sales"}
                : new String[] {"validate", data.toString(), "--out", out.toString()};
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code;
        try {
            code = SalesLensCommand.execute(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        } catch (RuntimeException | Error escaped) {
            deleteTree(caseFolder);
            return new Verdict(
                    mutation, args[0], damage, -1, escaped.toString(), "escaped the command line: " + escaped);
        }
        List<String> messages = stderr.toString()
                .lines()
                .filter(line -> line.startsWith("saleslens:"))
                .toList();
        String message = messages.isEmpty() ? "" : messages.get(0);
        String failure = judge(mutation, fullRun, code, stderr.toString(), messages, out);
        deleteTree(caseFolder);
        return new Verdict(mutation, args[0], damage, code, message, failure);
    }

    private static String judge(
            SampleMutations.Case mutation, boolean fullRun, int code, String stderr, List<String> messages, Path out)
            throws IOException {
        if (stderr.contains("internal error")) {
            return "internal error";
        }
        if (stderr.contains("\tat ") || stderr.contains("Exception")) {
            return "stack trace or exception on stderr";
        }
        if (code == 0 || (code == 4 && !fullRun)) {
            if (!messages.isEmpty()) {
                return "exit " + code + " with an error line";
            }
            return accountingFailure(out);
        }
        if (code != 2) {
            return "exit " + code;
        }
        if (messages.size() != 1) {
            return messages.size() + " lines start with 'saleslens:'";
        }
        String message = messages.get(0);
        String name = Path.of(mutation.file()).getFileName().toString();
        if (!message.contains(mutation.file()) && !message.contains(name)) {
            return "the message does not name " + mutation.file();
        }
        for (String leak : List.of("/tmp/saleslens-", ".tmp", "work.")) {
            if (message.contains(leak)) {
                return "the message shows a working name (" + leak + ")";
            }
        }
        return null;
    }

    /** Null when the newest published manifest holds the row accounting identity for every source. */
    private static String accountingFailure(Path out) throws IOException {
        Path runs = out.resolve("runs");
        Path manifest;
        try (Stream<Path> folders = Files.list(runs)) {
            manifest = folders.filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .map(folder -> folder.resolve("manifest.json"))
                    .filter(Files::exists)
                    .findFirst()
                    .orElse(null);
        }
        if (manifest == null) {
            return "no published manifest";
        }
        JsonNode root = JSON.readTree(manifest.toFile());
        if (!"succeeded".equals(root.path("status").asText())) {
            return "manifest status " + root.path("status").asText();
        }
        JsonNode accounting = root.path("row_accounting");
        if (accounting.size() != SampleMutations.FILES.size()) {
            return "row accounting for " + accounting.size() + " sources";
        }
        List<String> broken = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = accounting.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> source = it.next();
            JsonNode counts = source.getValue();
            long in = counts.path("rows_in").asLong(-1);
            long accounted = counts.path("rows_out").asLong()
                    + counts.path("quarantined").asLong()
                    + counts.path("duplicates_merged").asLong()
                    + counts.path("filtered").asLong();
            if (in < 0 || in != accounted) {
                broken.add(source.getKey() + " " + in + " in, " + accounted + " accounted");
            }
        }
        return broken.isEmpty() ? null : "row accounting broken: " + String.join("; ", broken);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
