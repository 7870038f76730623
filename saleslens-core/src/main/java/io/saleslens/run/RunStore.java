package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.AtomicFiles;
import io.saleslens.stage.RunId;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder: each run is built in its own {@code runs/.<folder>.tmp} and renamed to {@code runs/<folder>},
 * so a reader never sees a half-written run; {@code history.jsonl} gets one line per published or aborted run.
 * The folder is the run id; a second run with the same id (same second, same inputs) gets {@code <run-id>-2}, then
 * {@code -3}. Runs sharing the output folder take turns, under a file lock, only to choose a folder name, to clear
 * what killed runs left and to append to the history.
 */
public final class RunStore {
    static final String LOCK_FILE = ".saleslens.lock";
    private static final long MINIMUM_FREE_BYTES = 1024 * 1024;
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The link to the newest successful run folder of full runs. */
    static final String LATEST = "latest";

    private final Path outDir;
    private final Path runs;
    private final Path history;

    public RunStore(Path outDir) {
        this.outDir = outDir;
        this.runs = outDir.resolve("runs");
        this.history = outDir.resolve("history.jsonl");
    }

    /** Fails with a user error when the output folder cannot take a run: a file in its place, not writable, disk full. */
    void checkWritable() {
        for (Path folder : List.of(outDir, runs)) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new SalesLensException(ErrorCode.OUTPUT_FOLDER_UNUSABLE, StorageErrors.notAFolder(folder));
            }
        }
        try {
            Files.createDirectories(runs);
        } catch (IOException e) {
            throw StorageErrors.explain(outDir, e, "create " + runs);
        }
        for (Path folder : List.of(outDir, runs)) {
            if (!Files.isWritable(folder)) {
                throw new SalesLensException(ErrorCode.OUTPUT_FOLDER_UNUSABLE, StorageErrors.notWritable(folder));
            }
        }
        if (StorageErrors.bytesFree(outDir) < MINIMUM_FREE_BYTES) {
            throw StorageErrors.noSpaceLeft(outDir, null);
        }
    }

    /**
     * Clears what killed runs left, recording each as aborted, then creates and locks a working folder under a
     * name no other run has.
     */
    WorkingFolder reserve(RunId runId) {
        checkWritable();
        try {
            return OutputFolderLock.holding(outDir.resolve(LOCK_FILE), () -> {
                for (ObjectNode aborted : AbandonedRuns.clear(runs)) {
                    recordAborted(aborted);
                }
                String base = folderName(runId);
                String name = base;
                for (int n = 2; taken(name); n++) {
                    name = base + "-" + n;
                }
                return WorkingFolder.create(runs, name, runId);
            });
        } catch (IOException e) {
            throw StorageErrors.explain(outDir, e, "create a working folder in " + runs);
        }
    }

    private boolean taken(String name) {
        return Files.exists(runs.resolve(name))
                || Files.exists(WorkingFolder.temporary(runs, name))
                || Files.exists(WorkingFolder.lockFile(runs, name));
    }

    private void recordAborted(ObjectNode manifest) throws IOException {
        Path folder = runs.resolve(manifest.path("folder").asText());
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            AtomicFiles.writeString(folder.resolve("manifest.json"), PRETTY.writeValueAsString(manifest) + "\n");
        }
        ObjectNode line = COMPACT.createObjectNode();
        line.put("run_id", manifest.path("run_id").asText());
        line.put("folder", manifest.path("folder").asText());
        line.put("status", "aborted");
        line.put("error", manifest.path("error").asText());
        appendLocked(line);
    }

    Path publish(WorkingFolder work) {
        Path target = runs.resolve(work.folderName());
        try {
            deleteTree(work.path().resolve(".spill"));
            try {
                Files.move(work.path(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work.path(), target);
            }
        } catch (IOException e) {
            throw StorageErrors.explain(outDir, e, "publish " + target);
        }
        return target;
    }

    /**
     * Replaces whatever the failed run wrote with a folder that holds only its manifest. When even that cannot be
     * written (a full disk), no folder is left rather than one with a broken manifest.
     */
    Path publishFailure(WorkingFolder work, String manifestJson) {
        Path target = runs.resolve(work.folderName());
        try {
            deleteTree(work.path());
            Files.createDirectories(target);
            AtomicFiles.writeString(target.resolve("manifest.json"), manifestJson + "\n");
            return target;
        } catch (IOException e) {
            try {
                deleteTree(target);
            } catch (IOException ignored) {
                // Nothing more can be done on this disk; the error that stopped the run is what gets reported.
            }
            throw StorageErrors.explain(outDir, e, "record the failed run in " + target);
        }
    }

    /**
     * Points {@code <out>/latest} at a published run folder: a relative symbolic link, replaced in one rename so a
     * reader never finds it missing. Returns false where the file system has no symbolic links.
     */
    boolean pointLatest(Path published) {
        Path latest = outDir.resolve(LATEST);
        Path temporary = outDir.resolve("." + LATEST + "." + published.getFileName() + ".partial");
        try {
            Files.deleteIfExists(temporary);
            Files.createSymbolicLink(temporary, outDir.relativize(published));
            Files.move(temporary, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The link could not be made; a leftover temporary name is harmless and replaced next time.
            }
            return false;
        }
    }

    void appendHistory(JsonNode line) {
        try {
            OutputFolderLock.holding(outDir.resolve(LOCK_FILE), () -> {
                appendLocked(line);
                return null;
            });
        } catch (IOException e) {
            throw StorageErrors.explain(outDir, e, "append to " + history);
        }
    }

    /** One write of the whole line, under the output folder's lock, so lines of concurrent runs never interleave. */
    private void appendLocked(JsonNode line) throws IOException {
        Files.writeString(
                history,
                COMPACT.writeValueAsString(line) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.SYNC);
    }

    /**
     * The Run ID without its '#': a '#' in a path starts a URL's fragment, so a browser given the folder as a
     * {@code file://} link looks for a file that does not exist. Documents keep the id as it is.
     */
    static String folderName(RunId runId) {
        return runId.toString().replace("#", "");
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
