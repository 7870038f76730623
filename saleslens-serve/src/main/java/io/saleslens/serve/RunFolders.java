package io.saleslens.serve;

import io.saleslens.run.PublishedRuns;
import io.saleslens.stage.PublishedRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published runs of an output folder, as {@link PublishedRuns} lists them (working folders never appear, so the
 * site never shows half a run). A published folder does not change, so each one's summary is read once and kept; the
 * listing itself is read again on every call, which is what makes a run published a moment ago appear.
 */
final class RunFolders {
    private final PublishedRuns published;
    private final Map<String, RunSummary> summaries = new ConcurrentHashMap<>();

    RunFolders(Path outDir) {
        this.published = new PublishedRuns(outDir);
    }

    Path outDir() {
        return published.outDir();
    }

    /** Every published run, oldest first. */
    List<RunSummary> all() {
        List<RunSummary> runs = new ArrayList<>();
        for (String folder : published.publishedFolders()) {
            RunSummary summary = summaries.get(folder);
            if (summary == null) {
                Optional<PublishedRun> run = published.folder(folder);
                if (run.isEmpty()) {
                    continue;
                }
                summary = RunSummary.of(run.get());
                // A failed run's folder is final as soon as it appears; only its summary is kept, not its documents.
                summaries.put(folder, summary);
            }
            runs.add(summary);
        }
        return runs;
    }

    /** The newest successful run of each dataset, by dataset name in the order the datasets first ran. */
    Map<String, RunSummary> latestByDataset() {
        Map<String, RunSummary> latest = new LinkedHashMap<>();
        for (RunSummary run : all()) {
            if (run.succeeded()) {
                latest.put(run.dataset(), run);
            }
        }
        return latest;
    }

    /**
     * The run named by its folder or by its run id, as the manifests say: never worked out from the name, since a
     * folder's name may differ from its id (no '#', a "-2" for a second run with the same id).
     */
    Optional<RunSummary> find(String folderOrRunId) {
        List<RunSummary> runs = all();
        for (RunSummary run : runs) {
            if (run.folder().equals(folderOrRunId)) {
                return Optional.of(run);
            }
        }
        List<RunSummary> withId =
                runs.stream().filter(run -> run.runId().equals(folderOrRunId)).toList();
        return withId.size() == 1 ? Optional.of(withId.get(0)) : Optional.empty();
    }

    /** The documents of a published run, read from its folder. */
    Optional<PublishedRun> documents(RunSummary run) {
        return published.folder(run.folder());
    }

    /** The run folder of a published run: the folder the listing named, under runs/. */
    Path folder(RunSummary run) {
        for (String name : published.publishedFolders()) {
            if (name.equals(run.folder())) {
                return published.runs().resolve(name);
            }
        }
        throw new IllegalStateException("run folder " + run.folder() + " is no longer published");
    }
}
