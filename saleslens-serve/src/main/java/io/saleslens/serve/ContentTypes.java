package io.saleslens.serve;

import java.util.Locale;
import java.util.Map;

/** The content type of each kind of file a run folder holds; anything else is sent as bytes to download. */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", HTML,
            "json", JSON,
            "md", "text/markdown; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "pdf", "application/pdf",
            "parquet", "application/vnd.apache.parquet",
            "txt", "text/plain; charset=utf-8");

    private ContentTypes() {}

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
