package io.saleslens.spec;

import static io.saleslens.error.SalesLensException.userError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The specs SalesLens ships, and recognition of a data folder by the files a preset lists under 'detect'. */
public final class Presets {
    private static final List<String> NAMES = List.of("crm-erp", "salesforce-opportunities", "hubspot-deals");

    private Presets() {}

    public static List<String> names() {
        return NAMES;
    }

    public static DatasetSpec load(String name) {
        if (!NAMES.contains(name)) {
            throw userError("unknown preset '" + name + "'; available presets: " + String.join(", ", NAMES));
        }
        String resource = "presets/" + name + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing: " + resource);
            }
            return SpecLoader.parse(in, "preset " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset all of whose detect files exist in the folder, if any. */
    public static Optional<DatasetSpec> detect(Path dataDir) {
        for (String name : NAMES) {
            DatasetSpec spec = load(name);
            if (!spec.detect().isEmpty()
                    && spec.detect().stream().allMatch(file -> Files.isRegularFile(dataDir.resolve(file)))) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }
}
