package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The output folder: runs are built in {@code runs/.<run-id>.tmp} and renamed to {@code runs/<run-id>},
 * so a reader never sees a half-written run; {@code history.jsonl} gets one line per published run.
 */
public final class RunStore {
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private final Path runs;
    private final Path history;

    public RunStore(Path outDir) {
        this.runs = outDir.resolve("runs");
        this.history = outDir.resolve("history.jsonl");
    }

    Path staging(RunId runId) {
        Path staging = runs.resolve("." + folderName(runId) + ".tmp");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    Path publish(RunId runId, Path staging) {
        Path target = runs.resolve(folderName(runId));
        try {
            deleteTree(staging.resolve(".spill"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + target, e);
        }
        return target;
    }

    /** Replaces whatever the failed run wrote with a folder that holds only its manifest. */
    void publishFailure(RunId runId, Path staging, String manifestJson) {
        Path target = runs.resolve(folderName(runId));
        try {
            deleteTree(staging);
            Files.createDirectories(target);
            Files.writeString(target.resolve("manifest.json"), manifestJson + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the failed run in " + target, e);
        }
    }

    void appendHistory(JsonNode line) {
        try {
            Files.writeString(history, COMPACT.writeValueAsString(line) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + history, e);
        }
    }

    /** Run ids contain '#', which is fine in file names but not in URLs; the folder keeps the id as it is. */
    static String folderName(RunId runId) {
        return runId.toString();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
