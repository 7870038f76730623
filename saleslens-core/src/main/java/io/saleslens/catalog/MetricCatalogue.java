package io.saleslens.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure a run writes to metrics.json and quality.json that can be followed from run to run: its key, unit,
 * favourable direction, grain and meaning, in one place ({@code metrics.yaml} beside this class). History, comparison,
 * targets and alerts name figures by these keys; docs/metrics.md's key tables agree with it.
 */
public final class MetricCatalogue {
    private static final String RESOURCE = "metrics.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final MetricCatalogue STANDARD = load();

    private final Map<String, Metric> metrics;

    MetricCatalogue(List<Metric> metrics) {
        Map<String, Metric> byKey = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            if (byKey.put(metric.key(), metric) != null) {
                throw new IllegalArgumentException("the catalogue lists " + metric.key() + " twice");
            }
        }
        this.metrics = Collections.unmodifiableMap(byKey);
    }

    /** The catalogue that ships with SalesLens. */
    public static MetricCatalogue standard() {
        return STANDARD;
    }

    public List<Metric> metrics() {
        return List.copyOf(metrics.values());
    }

    public Optional<Metric> metric(String key) {
        return Optional.ofNullable(metrics.get(key));
    }

    /**
     * Every catalogue value of the run's data it wrote (metrics.json and quality.json), in catalogue order; usage.json's
     * page views are about the site, not the data, and are left out.
     */
    public List<MetricValue> values(JsonNode metricsDocument, JsonNode qualityDocument) {
        List<MetricValue> values = new ArrayList<>();
        for (Metric metric : metrics.values()) {
            switch (metric.document()) {
                case METRICS -> values.addAll(metric.values(metricsDocument));
                case QUALITY -> values.addAll(metric.values(qualityDocument));
                case USAGE -> {
                    // Not run data: the same inputs give the same values whoever read the site.
                }
            }
        }
        return values;
    }

    private static MetricCatalogue load() {
        try (InputStream in = MetricCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the metric catalogue " + RESOURCE + " is missing from the jar");
            }
            return new MetricCatalogue(YAML.readValue(in, new TypeReference<List<Metric>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("the metric catalogue " + RESOURCE + " cannot be read", e);
        }
    }
}
