package io.saleslens.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.saleslens.audience.AudienceStage;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads department profiles: the shipped ones (resources {@code io/saleslens/report/departments/<name>.yaml}),
 * then every {@code <name>.yaml} of a user folder, which adds a department or replaces a shipped one.
 * Profiles are read at run time, so changing one changes the report without recompiling.
 */
public final class DepartmentProfiles {
    public static final List<String> SHIPPED =
            List.of("sales", "marketing", "finance", "product", "operations", "executive", "data-engineering");
    private static final String RESOURCE_FOLDER = "/io/saleslens/report/departments/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Collection<String> insightTypes;

    /** @param insightTypes the insight types rules can produce; a profile naming another is a user error */
    public DepartmentProfiles(Collection<String> insightTypes) {
        this.insightTypes = List.copyOf(insightTypes);
    }

    /** The profiles to render: all known ones, or the {@code selected} names in the given order. */
    public List<DepartmentProfile> load(Optional<Path> userFolder, List<String> selected) {
        Map<String, DepartmentProfile> profiles = new LinkedHashMap<>();
        for (String name : SHIPPED) {
            try (InputStream in = DepartmentProfiles.class.getResourceAsStream(RESOURCE_FOLDER + name + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("shipped profile missing: " + name);
                }
                profiles.put(name, parse(in, "profile " + name + ".yaml", name));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read shipped profile " + name, e);
            }
        }
        userFolder.ifPresent(folder -> profiles.putAll(fromFolder(folder)));
        if (selected.isEmpty()) {
            return List.copyOf(profiles.values());
        }
        List<DepartmentProfile> chosen = new ArrayList<>();
        for (String name : selected) {
            DepartmentProfile profile = profiles.get(name.trim());
            if (profile == null) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        "--departments: unknown department '" + name.trim() + "'; known: "
                                + String.join(", ", profiles.keySet()) + " (add one with --profiles DIR holding "
                                + name.trim() + ".yaml)");
            }
            chosen.add(profile);
        }
        return chosen;
    }

    private Map<String, DepartmentProfile> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID,
                    folder + ": profiles folder not found; give a folder of <department>.yaml files to --profiles");
        }
        Map<String, DepartmentProfile> profiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                try (InputStream in = Files.newInputStream(file)) {
                    profiles.put(name, parse(in, file.toString(), name));
                }
            }
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.PROFILE_INVALID, folder + ": cannot read profiles (" + e.getMessage() + ")", e);
        }
        return profiles;
    }

    DepartmentProfile parse(InputStream in, String origin, String name) throws IOException {
        DepartmentProfile profile;
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        try {
            profile = YAML.readValue(text, DepartmentProfile.class).named(name);
        } catch (UnrecognizedPropertyException e) {
            throw new SalesLensException(
                    ErrorCode.PROFILE_INVALID,
                    origin + " line " + lineOf(text, e) + ": unknown field '" + e.getPropertyName()
                            + "'; known fields: "
                            + e.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", ")),
                    e);
        } catch (JsonMappingException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SalesLensException(
                    ErrorCode.PROFILE_INVALID,
                    origin + " line " + line + ": "
                            + root.getMessage().lines().findFirst().orElse("invalid profile") + "; fix the profile",
                    e);
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.PROFILE_INVALID,
                    origin + ": not valid YAML ("
                            + e.getMessage().lines().findFirst().orElse("") + ")",
                    e);
        }
        validate(profile, origin);
        return profile;
    }

    /**
     * The line that writes the unknown field. Jackson reads a record's fields before building it, so the
     * exception's own location is the end of the mapping; the first line naming the field is the useful one.
     */
    private static int lineOf(String text, UnrecognizedPropertyException e) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*(- )?\\{?\\s*" + Pattern.quote(e.getPropertyName()) + "\\s*:.*")) {
                return i + 1;
            }
        }
        return e.getLocation().getLineNr();
    }

    private void validate(DepartmentProfile profile, String origin) {
        List<String> named = new ArrayList<>();
        profile.insights().forEach(topic -> named.add(topic.type()));
        profile.risks().forEach(topic -> named.add(topic.type()));
        profile.actions().forEach(action -> named.add(action.on()));
        for (String type : named) {
            if (!insightTypes.contains(type)) {
                throw new SalesLensException(
                        ErrorCode.PROFILE_INVALID,
                        origin + ": unknown insight type '" + type + "'; known: " + String.join(", ", insightTypes));
            }
        }
        for (ProfileAction action : profile.actions()) {
            for (String audience : action.audience()) {
                if (!AudienceStage.LISTS.contains(audience)) {
                    throw new SalesLensException(
                            ErrorCode.PROFILE_INVALID,
                            origin + ": action '" + action.title() + "' names the unknown customer list '" + audience
                                    + "'; known: " + String.join(", ", AudienceStage.LISTS));
                }
            }
        }
        for (String block : profile.keyFigures()) {
            if (!KeyFigureBlocks.NAMES.contains(block)) {
                throw new SalesLensException(
                        ErrorCode.PROFILE_INVALID,
                        origin + ": unknown key figure table '" + block + "'; known: "
                                + String.join(", ", KeyFigureBlocks.NAMES));
            }
        }
        for (String dashboard : profile.dashboards()) {
            if (!dashboard.matches("[A-Za-z0-9_-]+")) {
                throw new SalesLensException(
                        ErrorCode.PROFILE_INVALID,
                        origin + ": dashboard '" + dashboard
                                + "' must be a dashboard name such as executive_kpis_trend");
            }
        }
    }
}
