package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The specs SalesLens ships, and recognition of a data folder: by the files a preset lists under {@code detect}, or
 * by the headers it lists under {@code detect_headers}, in which case the preset's source reads whichever file of the
 * folder has those headers.
 */
public final class Presets {
    private static final List<String> NAMES = List.of(
            "crm-erp",
            "shopify-orders",
            "woocommerce-orders",
            "stripe-payments",
            "salesforce-opportunities",
            "hubspot-deals");

    private Presets() {}

    public static List<String> names() {
        return NAMES;
    }

    public static DatasetSpec load(String name) {
        return SpecLoader.parse(text(name), "preset " + name);
    }

    /** Where each key of a preset's YAML is. */
    public static SpecLocations locate(String name) {
        return SpecLocations.of(text(name), "preset " + name);
    }

    /**
     * The YAML of the preset that recognised a folder, its sources' paths those of the folder's files, for
     * {@code init} to write as the folder's own spec.
     */
    public static String yaml(SpecChoice recognised) {
        String name = recognised.spec().name();
        DatasetSpec shipped = load(name);
        String yaml = text(name);
        for (Map.Entry<String, SourceSpec> source : recognised.spec().sources().entrySet()) {
            String shippedPath = shipped.source(source.getKey()).path();
            String boundPath = source.getValue().path();
            if (shippedPath != null && !shippedPath.equals(boundPath)) {
                yaml = yaml.replace("path: " + shippedPath, "path: \"" + boundPath.replace("\"", "\\\"") + "\"");
            }
        }
        return "# The shipped preset " + name + ", which recognised this folder (" + recognised.origin() + ").\n"
                + "# Edit it to fit the export, then run: saleslens run DATA_DIR (the folder's saleslens.yaml comes first).\n"
                + yaml;
    }

    private static String text(String name) {
        if (!NAMES.contains(name)) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID,
                    "unknown preset '" + name + "'; available presets: " + String.join(", ", NAMES));
        }
        String resource = "presets/" + name + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset all of whose detect files exist in the folder, or whose headers one of its files has, if any. */
    public static Optional<DatasetSpec> detect(Path dataDir) {
        return recognise(dataDir).map(SpecChoice::spec);
    }

    /**
     * The preset that recognises the folder, with the reason. A folder that has at least half of a preset's detect
     * files but not all is refused with the missing ones named: it is that layout with a file lost, and inference
     * would read it as something else.
     */
    public static Optional<SpecChoice> recognise(Path dataDir) {
        for (String name : NAMES) {
            DatasetSpec spec = load(name);
            if (!spec.detect().isEmpty()) {
                List<String> missing = spec.detect().stream()
                        .filter(file -> !Files.isRegularFile(dataDir.resolve(file)))
                        .toList();
                if (missing.isEmpty()) {
                    return Optional.of(
                            new SpecChoice(spec, "preset " + name + ", recognised from its files", locate(name)));
                }
                if (missing.size() * 2 <= spec.detect().size()) {
                    throw new SalesLensException(
                            ErrorCode.SOURCE_NOT_FOUND,
                            dataDir + ": looks like the " + name + " layout but " + String.join(", ", missing)
                                    + (missing.size() == 1 ? " is" : " are") + " missing; add "
                                    + (missing.size() == 1 ? "it" : "them")
                                    + ", or give --spec FILE for another layout");
                }
            }
            if (!spec.detectHeaders().isEmpty()) {
                Optional<Map<String, String>> files = filesWithHeaders(spec, dataDir);
                if (files.isPresent()) {
                    return Optional.of(new SpecChoice(
                            bind(spec, files.get()),
                            "preset " + name + ", recognised from the headers of "
                                    + String.join(", ", files.get().values()),
                            locate(name)));
                }
            }
        }
        return Optional.empty();
    }

    /** A preset named on the command line, its sources bound to the folder's files by their headers where it can. */
    public static SpecChoice forced(String name, Path dataDir) {
        DatasetSpec spec = load(name);
        if (!spec.detectHeaders().isEmpty() && Files.isDirectory(dataDir)) {
            Optional<Map<String, String>> files = filesWithHeaders(spec, dataDir);
            if (files.isPresent()) {
                return new SpecChoice(
                        bind(spec, files.get()),
                        "preset " + name + " (--preset), reading "
                                + String.join(", ", files.get().values()),
                        locate(name));
            }
        }
        return new SpecChoice(spec, "preset " + name + " (--preset)", locate(name));
    }

    /** Per source of {@code detect_headers}, the one file of the folder whose first line has those headers. */
    private static Optional<Map<String, String>> filesWithHeaders(DatasetSpec spec, Path dataDir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dataDir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, String> bound = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : spec.detectHeaders().entrySet()) {
            List<String> matching = new ArrayList<>();
            for (Path file : files) {
                HeaderLine.of(file)
                        .filter(names -> HeaderLine.holdsAll(names, entry.getValue()))
                        .ifPresent(names -> matching.add(file.getFileName().toString()));
            }
            if (matching.isEmpty()) {
                return Optional.empty();
            }
            if (matching.size() > 1) {
                throw new SalesLensException(
                        ErrorCode.DATASET_UNDECIDABLE,
                        dataDir + ": " + String.join(" and ", matching) + " all have the headers of the " + spec.name()
                                + " export; keep one of them in the folder, or give --spec FILE with sources."
                                + entry.getKey()
                                + ".path naming the one to read");
            }
            bound.put(entry.getKey(), matching.get(0));
        }
        return Optional.of(bound);
    }

    private static DatasetSpec bind(DatasetSpec spec, Map<String, String> files) {
        Map<String, SourceSpec> sources = new LinkedHashMap<>(spec.sources());
        files.forEach((source, file) -> sources.put(source, spec.source(source).withPath(file)));
        return new DatasetSpec(
                spec.name(),
                spec.detect(),
                sources,
                spec.entities(),
                spec.segments(),
                spec.checks(),
                spec.currency(),
                spec.timezone(),
                spec.pipeline(),
                spec.detectHeaders(),
                spec.targets(),
                spec.alerts(),
                spec.notifications(),
                spec.audiences(),
                spec.campaigns());
    }
}
