package io.saleslens.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's path as segments, each percent-decoded once. A path that could step outside the folder it names is
 * refused whole: a segment that is empty, "." or "..", that holds a separator or a NUL once decoded
 * ({@code /..%2f..%2fetc/passwd}), that starts with a dot (working folders, lock files), or a bad escape.
 */
record SitePath(List<String> segments, boolean trailingSlash) {

    SitePath {
        segments = List.copyOf(segments);
    }

    /** The segments of a raw (still encoded) request path, or empty when the path is refused. */
    static Optional<SitePath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String path = rawPath.substring(1);
        boolean trailingSlash = path.endsWith("/");
        if (trailingSlash) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return trailingSlash || rawPath.equals("/") ? Optional.of(new SitePath(segments, true)) : Optional.empty();
        }
        for (String raw : path.split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty() || !safe(segment.get())) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(new SitePath(segments, trailingSlash));
    }

    private static boolean safe(String segment) {
        return !segment.isEmpty()
                && !segment.startsWith(".")
                && segment.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0 || c < 0x20);
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    int size() {
        return segments.size();
    }

    String get(int index) {
        return segments.get(index);
    }

    /** The segments from {@code index} on. */
    List<String> from(int index) {
        return segments.subList(index, segments.size());
    }
}
