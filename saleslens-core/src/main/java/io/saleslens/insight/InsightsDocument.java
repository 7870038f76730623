package io.saleslens.insight;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** insights.json: the ranked insights of a run, each with its rank, score and the metric keys it cites. */
public final class InsightsDocument {
    public static final String FILE_NAME = "insights.json";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private InsightsDocument() {}

    public static ObjectNode toJson(String runId, List<Insight> ranked) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", runId);
        root.put("ranking", InsightRanking.RULE);
        ArrayNode list = root.putArray("insights");
        for (int i = 0; i < ranked.size(); i++) {
            ObjectNode node = list.addObject();
            node.put("rank", i + 1);
            node.setAll((ObjectNode) JSON.valueToTree(ranked.get(i)));
        }
        return root;
    }

    public static void write(Path file, String runId, List<Insight> ranked) {
        try {
            Files.writeString(file, JSON.writeValueAsString(toJson(runId, ranked)) + "\n");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + file, e);
        }
    }
}
