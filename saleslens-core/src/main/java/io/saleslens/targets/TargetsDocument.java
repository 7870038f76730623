package io.saleslens.targets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * targets.json: the {@link TargetResults} written in one place, keys in snake case, enums in lower case, with the pace
 * method named so a reader of the file alone knows how projections were made.
 */
public final class TargetsDocument {
    public static final String FILE_NAME = "targets.json";
    static final String PACE =
            "straight-line: actual to date × period days ÷ days from the period start to the newest" + " order date";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private TargetsDocument() {}

    public static ObjectNode toJson(TargetResults results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pace", PACE);
        root.set("targets", JSON.valueToTree(results.targets()));
        return root;
    }

    /** Writes targets.json into the run folder under a temporary name first, so no reader sees half of it. */
    public static Path write(Path runDir, TargetResults results) {
        Path file = runDir.resolve(FILE_NAME);
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(toJson(results)) + "\n");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + file, e);
        }
        return file;
    }
}
