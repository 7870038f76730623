package io.saleslens.stage;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a source reads, as paths relative to the data folder in the form the user writes them ({@code
 * sales/2024-01-02.csv}): its one path, or every regular file its glob matches, in the order of their names (exports
 * named by day sort by day, so "first" and "last" in file order mean what they say).
 */
public final class SourceFiles {
    /**
     * The {@code _line} of a row of a glob's n-th file (from 1) is {@code n * LINES_PER_FILE} plus its line in that file:
     * unique and in file order across the source, and each file's own line number is recovered by subtraction.
     */
    public static final long LINES_PER_FILE = 1_000_000_000_000L;

    private SourceFiles() {}

    /** The source's files; a glob that matches nothing is a user error naming the pattern. */
    public static List<String> of(Path dataDir, String sourceName, SourceSpec source) {
        if (!source.isGlob()) {
            return List.of(source.path());
        }
        String pattern = source.path();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path base = dataDir.resolve(fixedFolder(pattern));
        List<String> matches;
        if (!Files.isDirectory(base)) {
            matches = List.of();
        } else {
            try (Stream<Path> walk = Files.walk(base)) {
                matches = walk.filter(Files::isRegularFile)
                        .map(file -> dataDir.relativize(file).toString().replace('\\', '/'))
                        .filter(relative -> matcher.matches(Path.of(relative)))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new SalesLensException(
                        ErrorCode.SOURCE_UNREADABLE,
                        dataDir.resolve(pattern) + ": cannot list the files of source '" + sourceName + "' ("
                                + e.getMessage() + ")",
                        e);
            }
        }
        if (matches.isEmpty()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_NOT_FOUND,
                    dataDir.resolve(pattern) + ": no file matches the path of source '" + sourceName
                            + "'; add the files or change its path in the spec");
        }
        return matches;
    }

    /** The folders of a glob before its first wildcard, where the search for matches starts. */
    private static String fixedFolder(String pattern) {
        int wildcard = 0;
        while (wildcard < pattern.length() && "*?[{".indexOf(pattern.charAt(wildcard)) < 0) {
            wildcard++;
        }
        int slash = pattern.lastIndexOf('/', wildcard);
        return slash < 0 ? "" : pattern.substring(0, slash);
    }
}
