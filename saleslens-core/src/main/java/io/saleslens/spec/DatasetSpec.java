package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dataset means: its source files, how they map to the customer, product and sale entities,
 * and which customer attributes segment the report. Java turns it into SQL for the engine.
 *
 * @param detect files whose presence identifies this layout when no spec is given
 * @param segments customer attributes to break revenue down by; the first is the report's headline segment
 * @param checks data-quality checks per source name
 */
public record DatasetSpec(
        String name,
        List<String> detect,
        Map<String, SourceSpec> sources,
        Map<String, EntitySpec> entities,
        List<String> segments,
        Map<String, List<CheckSpec>> checks) {

    public static final String CUSTOMER = "customer";
    public static final String PRODUCT = "product";
    public static final String SALE = "sale";

    public DatasetSpec {
        requireNonNull(name, "name is null");
        detect = detect == null ? List.of() : List.copyOf(detect);
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        entities = entities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        segments = segments == null ? List.of() : List.copyOf(segments);
        var copiedChecks = new java.util.LinkedHashMap<String, List<CheckSpec>>();
        if (checks != null) {
            checks.forEach((source, list) -> copiedChecks.put(source, list == null ? List.of() : List.copyOf(list)));
        }
        checks = java.util.Collections.unmodifiableMap(copiedChecks);
    }

    public DatasetSpec(String name, List<String> detect, Map<String, SourceSpec> sources, Map<String, EntitySpec> entities,
            List<String> segments) {
        this(name, detect, sources, entities, segments, null);
    }

    public EntitySpec entity(String entityName) {
        EntitySpec entity = entities.get(entityName);
        if (entity == null) {
            throw new IllegalStateException("spec " + name + " has no entity " + entityName);
        }
        return entity;
    }

    public SourceSpec source(String sourceName) {
        SourceSpec source = sources.get(sourceName);
        if (source == null) {
            throw new IllegalStateException("spec " + name + " has no source " + sourceName);
        }
        return source;
    }

    /** The same spec with another de-duplication policy for every entity that de-duplicates. */
    public DatasetSpec withDedupe(DedupePolicy policy) {
        var changed = new LinkedHashMap<String, EntitySpec>();
        entities.forEach((entityName, entity) -> changed.put(entityName, entity.withDedupe(policy)));
        return new DatasetSpec(name, detect, sources, changed, segments, checks);
    }
}
