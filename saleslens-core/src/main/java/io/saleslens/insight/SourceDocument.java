package io.saleslens.insight;

/** The documents a report figure may come from. */
public enum SourceDocument {
    METRICS("metrics.json"),
    QUALITY("quality.json"),
    /** The site's page views up to the run: only the reports' success metrics cite it. */
    USAGE("usage.json");

    private final String fileName;

    SourceDocument(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
