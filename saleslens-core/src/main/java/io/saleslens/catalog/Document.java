package io.saleslens.catalog;

/** The run document a metric is read from. */
public enum Document {
    METRICS("metrics.json"),
    QUALITY("quality.json"),
    /**
     * How much the site was read in the days up to the run: not a figure of the data, so history, comparisons, targets
     * and alerts do not follow it.
     */
    USAGE("usage.json");

    private final String fileName;

    Document(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
