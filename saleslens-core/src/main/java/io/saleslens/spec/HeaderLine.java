package io.saleslens.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The column names in the first line of a delimited file, read to recognise an export by its headers: the byte-order
 * mark dropped, the delimiter the most frequent of comma, semicolon and tab outside quotes, quotes removed.
 */
final class HeaderLine {
    private static final int MAX_LENGTH = 1 << 20;

    private HeaderLine() {}

    /** The names in the file's first line, or empty when it is not a readable delimited text file. */
    static Optional<List<String>> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.matches(".*\\.(csv|tsv|txt|tab)(\\.gz)?")) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null || line.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return Optional.of(split(line, delimiter(line)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the names hold every wanted one, compared trimmed and without regard to case. */
    static boolean holdsAll(List<String> names, List<String> wanted) {
        List<String> normalised = names.stream().map(HeaderLine::normalise).toList();
        return wanted.stream().map(HeaderLine::normalise).allMatch(normalised::contains);
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static char delimiter(String line) {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < candidates.length && !quoted; i++) {
                if (c == candidates[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return candidates[best];
    }

    private static List<String> split(String line, char delimiter) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                names.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString().trim());
        return names;
    }
}
