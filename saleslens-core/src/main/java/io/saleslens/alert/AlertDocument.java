package io.saleslens.alert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * alerts.json: every alert of a run with its state and figures, and the deliveries of the digests that carried the
 * ones sent. Written when the alerts are evaluated and again, with the deliveries, once the digests went out.
 */
public final class AlertDocument {
    public static final String FILE_NAME = "alerts.json";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AlertDocument() {}

    public static ObjectNode toJson(Alerts alerts, List<AlertDelivery> deliveries) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", alerts.runId());
        ArrayNode list = root.putArray("alerts");
        for (AlertOutcome alert : alerts.alerts()) {
            ObjectNode node = JSON.valueToTree(alert);
            node.put("sent", alert.sent());
            list.add(node);
        }
        root.set("deliveries", JSON.valueToTree(deliveries));
        return root;
    }

    /** Writes alerts.json into the run folder under a temporary name first, so no reader sees half of it. */
    public static Path write(Path runDir, Alerts alerts, List<AlertDelivery> deliveries) {
        Path file = runDir.resolve(FILE_NAME);
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(toJson(alerts, deliveries)) + "\n");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + file, e);
        }
        return file;
    }

    /**
     * The alerts of a published run folder, read back from its alerts.json; none for a run that wrote no alerts.json
     * (a validation run, or a run of an earlier version).
     */
    public static Alerts read(Path runDir) {
        Path file = runDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Alerts(runDir.getFileName().toString(), List.of());
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<AlertOutcome> outcomes = new ArrayList<>();
            for (JsonNode alert : root.path("alerts")) {
                outcomes.add(JSON.treeToValue(alert, AlertOutcome.class));
            }
            return new Alerts(root.path("run_id").asText(), outcomes);
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.FILE_IO_FAILED, file + ": cannot read the run's alerts (" + e.getMessage() + ")", e);
        }
    }

    /** The names of the alerts a previous alerts.json's deliveries carried, each with whether one delivery did. */
    static Map<String, Boolean> deliveredByAlert(JsonNode document) {
        Map<String, Boolean> delivered = new HashMap<>();
        for (JsonNode delivery : document.path("deliveries")) {
            for (JsonNode alert : delivery.path("alerts")) {
                delivered.merge(alert.asText(), delivery.path("delivered").asBoolean(), Boolean::logicalOr);
            }
        }
        return delivered;
    }
}
