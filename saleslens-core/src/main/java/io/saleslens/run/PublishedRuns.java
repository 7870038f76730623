package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.PublishedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The published run folders of an output folder, read back: the successful runs of a dataset in the order they ran,
 * the run a new run compares itself with, and a run named by its id or folder. A failed or aborted run never counts,
 * nor does a validation run (it writes no metrics.json). Runs are ordered by start time, then finish time, then the
 * time their manifest was written, since two runs may start and finish in the same second.
 */
public final class PublishedRuns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Folder> ORDER = Comparator.comparing(
                    (Folder f) -> f.manifest().path("started_at").asText())
            .thenComparing(f -> f.manifest().path("finished_at").asText())
            .thenComparing(Folder::written)
            .thenComparing(f -> f.path().getFileName().toString());

    private final Path outDir;
    private final Path runs;

    public PublishedRuns(Path outDir) {
        this.outDir = outDir;
        this.runs = outDir.resolve("runs");
    }

    /** The newest successful run of the dataset, which the next run of it compares itself with. */
    public Optional<PublishedRun> latest(String specName) {
        List<Folder> runs = successful(specName);
        return runs.isEmpty() ? Optional.empty() : Optional.of(load(runs.get(runs.size() - 1)));
    }

    /** The newest successful run of any dataset. */
    public Optional<PublishedRun> latest() {
        List<Folder> runs = successful(null);
        return runs.isEmpty() ? Optional.empty() : Optional.of(load(runs.get(runs.size() - 1)));
    }

    /** The newest successful run of the same dataset that ran before the given one. */
    public Optional<PublishedRun> before(PublishedRun run) {
        List<Folder> runs = successful(run.specName());
        for (int i = runs.size() - 1; i > 0; i--) {
            if (runs.get(i).name().equals(run.folder())) {
                return Optional.of(load(runs.get(i - 1)));
            }
        }
        return Optional.empty();
    }

    /** Why a new run of the dataset has nothing to compare with, in words. */
    public String whyNothingBefore(String specName) {
        List<Folder> all = folders();
        long sameDataset = all.stream()
                .filter(f -> f.manifest().path("spec_name").asText().equals(specName))
                .count();
        if (all.isEmpty()) {
            return "this is the first run in the output folder";
        }
        if (sameDataset == 0) {
            return "this is the first run of dataset " + specName + " in the output folder (its " + all.size()
                    + (all.size() == 1 ? " earlier run read another dataset)" : " earlier runs read other datasets)");
        }
        return "no earlier run of dataset " + specName + " succeeded (" + sameDataset
                + (sameDataset == 1
                        ? " run failed, was aborted or only validated"
                        : " runs failed, were aborted or only validated")
                + ")";
    }

    /**
     * The successful run with this folder name or, failing that, this run id.
     *
     * @throws SalesLensException {@link ErrorCode#RUN_NOT_FOUND} when no successful run has it
     */
    public PublishedRun find(String runIdOrFolder) {
        List<Folder> runs = successful(null);
        for (Folder folder : runs) {
            if (folder.name().equals(runIdOrFolder)) {
                return load(folder);
            }
        }
        List<Folder> withId = runs.stream()
                .filter(f -> f.manifest().path("run_id").asText().equals(runIdOrFolder))
                .toList();
        if (withId.size() == 1) {
            return load(withId.get(0));
        }
        if (withId.size() > 1) {
            throw new SalesLensException(
                    ErrorCode.RUN_NOT_FOUND,
                    runIdOrFolder + ": " + withId.size() + " runs in " + runs()
                            + " have this run id; name one by its folder: "
                            + String.join(
                                    ", ", withId.stream().map(Folder::name).toList()));
        }
        throw new SalesLensException(
                ErrorCode.RUN_NOT_FOUND,
                runIdOrFolder + ": no successful run with this id or folder in " + runs()
                        + "; list the folders there, or give --out the output folder the run was published in");
    }

    /**
     * The name under runs/ of every published run folder, whatever its status (succeeded, failed, aborted, validated),
     * oldest first. A working folder (its name starts with a dot) is never listed, so a reader never sees half a run.
     */
    public List<String> publishedFolders() {
        return folders().stream().map(Folder::name).toList();
    }

    /** The published run folder of that name under runs/, read, whatever its status; empty when there is none. */
    public Optional<PublishedRun> folder(String name) {
        return folders().stream().filter(f -> f.name().equals(name)).findFirst().map(this::load);
    }

    /** The runs folder, where the runs are published. */
    public Path runs() {
        return runs;
    }

    public Path outDir() {
        return outDir;
    }

    private List<Folder> successful(String specName) {
        return folders().stream()
                .filter(f -> f.manifest().path("status").asText().equals("succeeded"))
                .filter(f -> Files.isRegularFile(f.path().resolve("metrics.json"))
                        && Files.isRegularFile(f.path().resolve("quality.json")))
                .filter(f -> specName == null
                        || f.manifest().path("spec_name").asText().equals(specName))
                .toList();
    }

    /** Every published folder with a readable manifest, oldest first; working folders start with a dot. */
    private List<Folder> folders() {
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<Folder> folders = new ArrayList<>();
        try (Stream<Path> children = Files.list(runs)) {
            for (Path dir : children.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .toList()) {
                Path manifest = dir.resolve("manifest.json");
                if (!Files.isRegularFile(manifest)) {
                    continue;
                }
                try {
                    folders.add(new Folder(dir, JSON.readTree(manifest.toFile()), Files.getLastModifiedTime(manifest)));
                } catch (IOException unreadable) {
                    // A manifest that cannot be read is not a run this folder can compare with.
                }
            }
        } catch (IOException e) {
            throw StorageErrors.explain(outDir, e, "list " + runs);
        }
        folders.sort(ORDER);
        return folders;
    }

    private PublishedRun load(Folder folder) {
        try {
            return PublishedRun.read(folder.path());
        } catch (IOException e) {
            throw StorageErrors.explain(outDir, e, "read the documents of " + folder.path());
        }
    }

    private record Folder(Path path, JsonNode manifest, FileTime written) {
        String name() {
            return path.getFileName().toString();
        }
    }
}
