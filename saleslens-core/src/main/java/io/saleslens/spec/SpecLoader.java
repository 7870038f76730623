package io.saleslens.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a dataset spec from YAML and checks that its parts refer to each other correctly. */
public final class SpecLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SpecLoader() {}

    public static DatasetSpec load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID, file + ": spec file not found; check the --spec path");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw invalid(file + ": cannot read the spec (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a spec from YAML text, such as one written by inference; {@code origin} names it in messages. */
    public static DatasetSpec parse(String yaml, String origin) {
        try (InputStream in = new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))) {
            return parse(in, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each key of a spec file is, for messages about its values. */
    public static SpecLocations locate(Path file) {
        try {
            return SpecLocations.of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            return SpecLocations.none(file.toString());
        }
    }

    static DatasetSpec parse(InputStream in, String origin) throws IOException {
        String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        SpecLocations locations = SpecLocations.of(yaml, origin);
        DatasetSpec spec;
        try {
            spec = YAML.readValue(yaml, DatasetSpec.class);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(
                    origin + " line " + e.getLocation().getLineNr() + ": unknown field '"
                            + e.getPropertyName() + "'; known fields: "
                            + e.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", ")),
                    e);
        } catch (MismatchedInputException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw invalid(
                    origin + " line " + line + " (" + path(e) + "): expected " + shape(e.getTargetType())
                            + "; fix the spec",
                    e);
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw invalid(
                    origin + " line " + line + ": "
                            + root.getMessage().lines().findFirst().orElse("invalid spec") + "; fix the spec",
                    e);
        } catch (IOException e) {
            throw invalid(
                    origin + ": not valid YAML ("
                            + e.getMessage().lines().findFirst().orElse("") + ")",
                    e);
        }
        validate(spec, origin);
        SpecFormats.validate(spec, locations);
        return spec;
    }

    /** The key path of a mapping error, such as entities.sale.columns.order_date. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "the spec" : out.toString();
    }

    /** What a YAML value of a type looks like, in the words of the spec rather than of Java. */
    private static String shape(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values (key: value, one per line, or { key: value, ... })";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list ([a, b] or one '- item' per line)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c.toString().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        return "text (a single value, quoted if it holds ':' or '#')";
    }

    private static void validate(DatasetSpec spec, String origin) {
        for (String required : new String[] {DatasetSpec.CUSTOMER, DatasetSpec.PRODUCT, DatasetSpec.SALE}) {
            if (!spec.entities().containsKey(required)) {
                throw invalid(origin + ": the spec has no '" + required + "' entity; add one under 'entities'");
            }
        }
        spec.entities().forEach((entityName, entity) -> {
            requireSource(spec, origin, entity.from(), "entity " + entityName);
            entity.enrich().forEach(e -> requireSource(spec, origin, e.from(), "entity " + entityName + " enrichment"));
        });
        requireColumns(spec, origin, DatasetSpec.CUSTOMER, "customer_id");
        requireColumns(spec, origin, DatasetSpec.PRODUCT, "product_number");
        requireColumns(
                spec,
                origin,
                DatasetSpec.SALE,
                "order_number",
                "product_number",
                "customer_id",
                "order_date",
                "sales_amount");
        if (spec.pipeline() != null) {
            validatePipeline(spec, spec.pipeline(), origin);
        }
        CheckSpecValidator.validate(spec, origin);
        CampaignSpecValidator.validate(spec, origin);
        var customerColumns = spec.entity(DatasetSpec.CUSTOMER).allColumns();
        for (String segment : spec.segments()) {
            if (!customerColumns.containsKey(segment)) {
                throw invalid(origin + ": segment '" + segment + "' is not a customer column; use one of "
                        + String.join(", ", customerColumns.keySet()));
            }
        }
    }

    /** The deal source exists, names the required columns, and its numbers and dates are typed as such. */
    private static void validatePipeline(DatasetSpec spec, PipelineSpec pipeline, String origin) {
        requireSource(spec, origin, pipeline.from(), "pipeline");
        for (String column : PipelineSpec.REQUIRED_COLUMNS) {
            if (!pipeline.columns().containsKey(column)) {
                throw invalid(origin + ": pipeline needs a column '" + column
                        + "'; add it under pipeline.columns, such as " + column + ": { from: <the export's column> }");
            }
        }
        for (String column : pipeline.columns().keySet()) {
            if (!PipelineSpec.REQUIRED_COLUMNS.contains(column) && !PipelineSpec.OPTIONAL_COLUMNS.contains(column)) {
                throw invalid(origin + ": pipeline column '" + column + "' is not a deal column; use "
                        + String.join(", ", PipelineSpec.REQUIRED_COLUMNS) + " or "
                        + String.join(", ", PipelineSpec.OPTIONAL_COLUMNS));
            }
        }
        requireType(pipeline, origin, "amount", "decimal", "integer");
        requireType(pipeline, origin, "probability", "decimal", "integer");
        requireType(pipeline, origin, "created_date", "date");
        requireType(pipeline, origin, "close_date", "date");
        Map<String, String> listOf = new LinkedHashMap<>();
        for (var list : Map.of(
                        "won_stages",
                        pipeline.wonStages(),
                        "lost_stages",
                        pipeline.lostStages(),
                        "open_stages",
                        pipeline.openStages())
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            for (String stage : list.getValue()) {
                String earlier = listOf.putIfAbsent(stage, list.getKey());
                if (earlier != null && !earlier.equals(list.getKey())) {
                    throw invalid(origin + ": pipeline stage '" + stage + "' is in both " + earlier + " and "
                            + list.getKey() + "; keep it in one list");
                }
            }
        }
    }

    private static void requireType(PipelineSpec pipeline, String origin, String column, String... types) {
        ColumnSpec spec = pipeline.columns().get(column);
        if (spec != null && !List.of(types).contains(spec.type())) {
            throw invalid(origin + ": pipeline column '" + column + "' is " + spec.type() + "; write type: " + types[0]
                    + " (with its format) so that it is read as " + (types[0].equals("date") ? "a date" : "a number"));
        }
    }

    private static void requireSource(DatasetSpec spec, String origin, String source, String user) {
        if (!spec.sources().containsKey(source)) {
            throw invalid(origin + ": " + user + " reads source '" + source + "', which is not under 'sources'");
        }
    }

    private static void requireColumns(DatasetSpec spec, String origin, String entityName, String... columns) {
        var present = spec.entity(entityName).allColumns();
        for (String column : columns) {
            if (!present.containsKey(column)) {
                throw invalid(origin + ": entity '" + entityName + "' needs a column '" + column + "'");
            }
        }
    }

    private static SalesLensException invalid(String message) {
        return new SalesLensException(ErrorCode.SPEC_INVALID, message);
    }

    private static SalesLensException invalid(String message, Throwable cause) {
        return new SalesLensException(ErrorCode.SPEC_INVALID, message, cause);
    }
}
