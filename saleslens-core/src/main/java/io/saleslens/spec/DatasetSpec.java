package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a dataset means: its source files, how they map to the customer, product and sale entities,
 * and which customer attributes segment the report. Java turns it into SQL for the engine.
 *
 * @param detect files whose presence identifies this layout when no spec is given
 * @param segments customer attributes to break revenue down by; the first is the report's headline segment
 * @param checks data-quality checks per source name
 * @param currency ISO 4217 code of every amount (USD when not given); every report and dashboard formats money in it
 * @param timezone an IANA zone such as Europe/Berlin: timestamps with an offset are moved to it before their calendar
 *     date is taken; null keeps the date as written with its offset
 * @param pipeline the deals of a CRM export, for the pipeline figures; null for order data
 * @param detectHeaders per source, header names whose presence in one file of the folder identifies this layout (a
 *     preset recognised from the headers binds that source to the file)
 * @param targets what figures should reach in a month, quarter or year; the reports' Success Metrics show each against
 *     its actual, baseline and pace
 * @param alerts the spec's alerts; one named as a shipped default replaces or switches off that default
 * @param notifications (the spec's {@code notify:}) where alerts are sent; null sends nothing (alerts.json still holds them)
 * @param audiences how the customer lists of the report's actions are written: the share held out (10% by default)
 * @param campaigns campaigns whose lift the run measures against their holdouts
 */
public record DatasetSpec(
        String name,
        List<String> detect,
        Map<String, SourceSpec> sources,
        Map<String, EntitySpec> entities,
        List<String> segments,
        Map<String, List<CheckSpec>> checks,
        String currency,
        String timezone,
        PipelineSpec pipeline,
        Map<String, List<String>> detectHeaders,
        List<TargetSpec> targets,
        List<AlertSpec> alerts,
        @JsonProperty("notify") NotifySpec notifications,
        AudienceSpec audiences,
        List<CampaignSpec> campaigns) {

    public static final String DEFAULT_CURRENCY = "USD";

    public static final String CUSTOMER = "customer";
    public static final String PRODUCT = "product";
    public static final String SALE = "sale";

    public DatasetSpec {
        requireNonNull(name, "name is null");
        detect = detect == null ? List.of() : List.copyOf(detect);
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        entities = entities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        segments = segments == null ? List.of() : List.copyOf(segments);
        var copiedChecks = new LinkedHashMap<String, List<CheckSpec>>();
        if (checks != null) {
            checks.forEach((source, list) -> copiedChecks.put(source, list == null ? List.of() : List.copyOf(list)));
        }
        checks = Collections.unmodifiableMap(copiedChecks);
        currency = currency == null ? DEFAULT_CURRENCY : currency.trim().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "currency must be an ISO 4217 code such as USD, EUR or GBP, not '" + currency + "'");
        }
        if (timezone != null) {
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "timezone '" + timezone + "' is not a time zone; write an IANA name such as"
                                + " Europe/Berlin or America/New_York, or UTC");
            }
        }
        var copiedHeaders = new LinkedHashMap<String, List<String>>();
        if (detectHeaders != null) {
            detectHeaders.forEach(
                    (source, names) -> copiedHeaders.put(source, names == null ? List.of() : List.copyOf(names)));
        }
        detectHeaders = Collections.unmodifiableMap(copiedHeaders);
        targets = targets == null ? List.of() : List.copyOf(targets);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        long names = alerts.stream().map(AlertSpec::name).distinct().count();
        if (names < alerts.size()) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "two alerts have the same name; give each its own");
        }
        audiences = audiences == null ? AudienceSpec.defaults() : audiences;
    }

    public DatasetSpec(
            String name,
            List<String> detect,
            Map<String, SourceSpec> sources,
            Map<String, EntitySpec> entities,
            List<String> segments,
            Map<String, List<CheckSpec>> checks,
            String currency,
            String timezone,
            PipelineSpec pipeline,
            Map<String, List<String>> detectHeaders,
            List<TargetSpec> targets,
            List<AlertSpec> alerts,
            NotifySpec notifications) {
        this(
                name,
                detect,
                sources,
                entities,
                segments,
                checks,
                currency,
                timezone,
                pipeline,
                detectHeaders,
                targets,
                alerts,
                notifications,
                null,
                null);
    }

    public DatasetSpec(
            String name,
            List<String> detect,
            Map<String, SourceSpec> sources,
            Map<String, EntitySpec> entities,
            List<String> segments,
            Map<String, List<CheckSpec>> checks) {
        this(name, detect, sources, entities, segments, checks, null, null, null, null, null, null, null, null, null);
    }

    public DatasetSpec(
            String name,
            List<String> detect,
            Map<String, SourceSpec> sources,
            Map<String, EntitySpec> entities,
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
        return new DatasetSpec(
                name,
                detect,
                sources,
                changed,
                segments,
                checks,
                currency,
                timezone,
                pipeline,
                detectHeaders,
                targets,
                alerts,
                notifications,
                audiences,
                campaigns);
    }

    /** The same spec with other targets. */
    public DatasetSpec withTargets(List<TargetSpec> newTargets) {
        return new DatasetSpec(
                name,
                detect,
                sources,
                entities,
                segments,
                checks,
                currency,
                timezone,
                pipeline,
                detectHeaders,
                newTargets,
                alerts,
                notifications,
                audiences,
                campaigns);
    }

    /** The same spec with one source read from another path (a file, or a glob over a folder of daily files). */
    public DatasetSpec withSourcePath(String source, String path) {
        if (!sources.containsKey(source)) {
            throw new IllegalArgumentException("no source named " + source);
        }
        var changed = new LinkedHashMap<>(sources);
        changed.put(source, sources.get(source).withPath(path));
        return new DatasetSpec(
                name,
                detect,
                changed,
                entities,
                segments,
                checks,
                currency,
                timezone,
                pipeline,
                detectHeaders,
                targets,
                alerts,
                notifications,
                audiences,
                campaigns);
    }
}
