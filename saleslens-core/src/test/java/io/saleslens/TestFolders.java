package io.saleslens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Folders the tests make: a copy of the sample to change a file of, without touching examples/. */
public final class TestFolders {
    private TestFolders() {}

    /**
     * Copies the folder {@code from} with everything in it to {@code to}, replacing files that are there. The files keep
     * their times: the watch tests tell a changed file from an untouched one by them.
     */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
