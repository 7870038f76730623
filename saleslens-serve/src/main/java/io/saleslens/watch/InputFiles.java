package io.saleslens.watch;

import io.saleslens.run.FileDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a data folder as a watcher sees them: each one's size and modification time, and its content hash. A
 * hidden file (a copy tool's temporary one) and a file named *.tmp or *.part are not inputs.
 */
final class InputFiles {
    /** What the folder listing tells about a file without reading it. */
    record Stamp(long bytes, long modifiedMillis) {}

    private final Path dataDir;
    private final Map<Path, Stamp> hashedAt = new TreeMap<>();
    private final Map<Path, String> hashes = new TreeMap<>();

    InputFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Every input file under the folder with its size and modification time, by path relative to the folder. */
    Map<Path, Stamp> stamps() {
        Map<Path, Stamp> stamps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = dataDir.relativize(file);
                if (!isInput(relative)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(
                        relative,
                        new Stamp(
                                attributes.size(), attributes.lastModifiedTime().toMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir, e);
        }
        return stamps;
    }

    /**
     * The content hash of every file of {@code stamps}, by path. A file is read again only when its size or modification
     * time moved since it was last hashed; a file touched without a change in content hashes the same.
     */
    Map<Path, String> hashes(Map<Path, Stamp> stamps) {
        Map<Path, String> current = new TreeMap<>();
        for (Map.Entry<Path, Stamp> file : stamps.entrySet()) {
            Path relative = file.getKey();
            if (!file.getValue().equals(hashedAt.get(relative))) {
                hashes.put(relative, FileDigest.sha256(dataDir.resolve(relative)));
                hashedAt.put(relative, file.getValue());
            }
            current.put(relative, hashes.get(relative));
        }
        hashedAt.keySet().retainAll(stamps.keySet());
        hashes.keySet().retainAll(stamps.keySet());
        return current;
    }

    private static boolean isInput(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        return !name.endsWith(".tmp") && !name.endsWith(".part") && !name.endsWith("~");
    }
}
