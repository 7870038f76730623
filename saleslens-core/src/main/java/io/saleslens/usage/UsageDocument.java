package io.saleslens.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * usage.json: the site's page views over the days up to the run, apart from metrics.json because they are not figures
 * of the data (the same inputs give the same metrics.json however often the site was read). Unmeasured figures are
 * null beside a {@code reason}.
 */
public final class UsageDocument {
    public static final String FILE_NAME = "usage.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UsageDocument() {}

    public static ObjectNode toJson(String runId, SiteUsage usage) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", runId);
        ObjectNode views = root.putObject("site_views");
        views.put("days", usage.days());
        views.put("from", usage.from().toString());
        views.put("to", usage.to().toString());
        views.put(
                "counted",
                "views of each page per day, counted by the site (saleslens serve) in the history database; no address,"
                        + " no cookie, no time of day");
        views.put("all_pages", usage.viewsOf("").orElse(null));
        views.put("reports", usage.viewsOf(SiteUsage.REPORT).orElse(null));
        views.put("dashboards", usage.viewsOf(SiteUsage.DASHBOARD).orElse(null));
        views.put(
                "dashboards_and_reports",
                usage.viewsOf(SiteUsage.DASHBOARD, SiteUsage.REPORT).orElse(null));
        usage.notMeasured().ifPresent(reason -> views.put("reason", reason));
        ArrayNode byPage = views.putArray("by_page");
        for (Map.Entry<String, Long> page : usage.views().orElse(Map.of()).entrySet()) {
            byPage.addObject().put("page", page.getKey()).put("views", page.getValue());
        }
        return root;
    }

    /** Writes usage.json into the run folder under a temporary name first, so no reader sees half of it. */
    static Path write(Path runDir, String runId, SiteUsage usage) {
        Path file = runDir.resolve(FILE_NAME);
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(toJson(runId, usage)) + "\n");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + file, e);
        }
        return file;
    }
}
