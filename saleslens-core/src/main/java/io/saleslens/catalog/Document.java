package io.saleslens.catalog;

/** The run document a metric is read from. */
public enum Document {
    METRICS("metrics.json"),
    QUALITY("quality.json");

    private final String fileName;

    Document(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
