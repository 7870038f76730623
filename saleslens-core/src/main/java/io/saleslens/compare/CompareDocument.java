package io.saleslens.compare;

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

/** compare.json: a {@link Comparison} written in one place, keys in snake case, enums in lower case. */
public final class CompareDocument {
    public static final String FILE_NAME = "compare.json";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CompareDocument() {}

    public static ObjectNode toJson(Comparison comparison) {
        ObjectNode root = JSON.valueToTree(comparison);
        root.put("comparable", comparison.comparable());
        return root;
    }

    /** Writes compare.json into the run folder under a temporary name first, so no reader sees half of it. */
    public static Path write(Path runDir, Comparison comparison) {
        Path file = runDir.resolve(FILE_NAME);
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(toJson(comparison)) + "\n");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + file, e);
        }
        return file;
    }
}
