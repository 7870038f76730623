package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The documents of one published run folder that the run record does not carry: compare, targets, insights, usage. */
final class RunDocuments {
    static final List<String> JSON_DOCUMENTS = List.of(
            "manifest.json",
            "metrics.json",
            "quality.json",
            "insights.json",
            "compare.json",
            "targets.json",
            "alerts.json",
            "usage.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    RunDocuments(Path folder) {
        this.folder = folder;
    }

    /** A JSON document of the run, or a missing node when the run did not write it. */
    JsonNode document(String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The JSON documents the run wrote, in the order a reader wants them. */
    List<String> jsonDocuments() {
        return JSON_DOCUMENTS.stream()
                .filter(name -> Files.isRegularFile(folder.resolve(name)))
                .toList();
    }

    /** The files of a sub-folder (reports, dashboards) ending in {@code suffix}, by name. */
    List<String> files(String subFolder, String suffix) {
        Path dir = folder.resolve(subFolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
