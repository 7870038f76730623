package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What runs killed before they finished leave in {@code runs/}: working folders and lock files without a live
 * owner. They are removed at the next start, and each such run is recorded as {@code aborted}. The caller holds the
 * output folder's lock, so no run is being created meanwhile.
 */
final class AbandonedRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AbandonedRuns() {}

    /**
     * Removes every working folder of {@code runs} whose owner is gone and returns one record per run removed, the
     * manifest that {@code runs/<folder>/manifest.json} and the history line take.
     */
    static List<ObjectNode> clear(Path runs) throws IOException {
        List<ObjectNode> aborted = new ArrayList<>();
        if (!Files.isDirectory(runs)) {
            return aborted;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(runs)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (!name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(WorkingFolder.TEMPORARY) && Files.isDirectory(entry)) {
                String folder = name.substring(1, name.length() - WorkingFolder.TEMPORARY.length());
                Path lockFile = WorkingFolder.lockFile(runs, folder);
                if (!WorkingFolder.hasLiveOwner(lockFile)) {
                    aborted.add(record(folder, WorkingFolder.owner(lockFile).orElse(null)));
                    RunStore.deleteTree(entry);
                    Files.deleteIfExists(lockFile);
                }
            } else if (name.endsWith(WorkingFolder.LOCK) && Files.isRegularFile(entry)) {
                // A run killed after its folder was published or removed leaves only its lock file.
                String folder = name.substring(1, name.length() - WorkingFolder.LOCK.length());
                if (!Files.exists(WorkingFolder.temporary(runs, folder)) && !WorkingFolder.hasLiveOwner(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        return aborted;
    }

    /** A working folder from before lock files were written has no owner record; its name is its run id. */
    private static ObjectNode record(String folder, JsonNode owner) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("run_id", owner == null ? folder : owner.path("run_id").asText(folder));
        manifest.put("folder", folder);
        manifest.put("status", "aborted");
        if (owner != null && owner.hasNonNull("started_at")) {
            manifest.put("started_at", owner.path("started_at").asText());
        }
        manifest.putNull("finished_at");
        String process = owner == null || !owner.has("pid")
                ? "its process"
                : "its process (pid " + owner.path("pid").asLong() + ")";
        manifest.put(
                "error",
                "the run did not finish: " + process + " ended before publishing it (killed or crashed);"
                        + " its working folder runs/." + folder + WorkingFolder.TEMPORARY + " was removed at "
                        + LocalDateTime.now().withNano(0));
        return manifest;
    }
}
