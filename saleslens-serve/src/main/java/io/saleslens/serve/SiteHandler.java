package io.saleslens.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import io.saleslens.history.RunHistory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The site's routes: the pages, the files of a run folder (its reports, dashboards and documents, unchanged) and the
 * JSON API. Only GET and HEAD are answered; a path that could leave its folder, an unknown run or file is a 404.
 */
final class SiteHandler extends Handler.Abstract {
    private final RunFolders runs;
    private final HomePage home;
    private final RunsPage runsPage;
    private final RunPage runPage;
    private final HistoryPage historyPage;
    private final Api api;
    private final PageViews views;

    SiteHandler(RunFolders runs, RunHistory history, PageViews views) {
        this.runs = runs;
        this.home = new HomePage(runs);
        this.runsPage = new RunsPage(runs);
        this.runPage = new RunPage(runs);
        this.historyPage = new HistoryPage(runs, history);
        this.api = new Api(runs, history);
        this.views = views;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Answer answer;
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            answer = Answer.text(HttpStatus.METHOD_NOT_ALLOWED_405, "the site is read-only: GET and HEAD only\n");
        } else {
            try {
                answer = route(request);
            } catch (SalesLensException e) {
                boolean user = e.category() == ErrorCategory.USER_ERROR;
                answer = Answer.text(
                        user ? HttpStatus.BAD_REQUEST_400 : HttpStatus.SERVICE_UNAVAILABLE_503, e.getMessage() + "\n");
            } catch (RuntimeException | IOException e) {
                answer = Answer.text(HttpStatus.INTERNAL_SERVER_ERROR_500, "internal error: " + e + "\n");
            }
        }
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        if (answer.location() != null) {
            response.getHeaders().put(HttpHeader.LOCATION, answer.location());
        }
        if (answer.status() == HttpStatus.OK_200 && answer.page() != null && method.equals("GET")) {
            views.viewed(answer.page());
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(method.equals("HEAD") ? new byte[0] : answer.body()), callback);
        return true;
    }

    private Answer route(Request request) throws IOException {
        Optional<SitePath> parsed = SitePath.parse(request.getHttpURI().getPath());
        if (parsed.isEmpty()) {
            return notFound("no such page");
        }
        SitePath path = parsed.get();
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        if (path.size() == 0) {
            return Answer.html(home.html(), "home");
        }
        String first = path.get(0);
        if (first.equals("favicon.ico") && path.size() == 1) {
            return new Answer(HttpStatus.NO_CONTENT_204, "image/x-icon", new byte[0], null, null);
        }
        if (first.equals("runs")) {
            if (path.size() == 1) {
                return Answer.html(runsPage.html(), "runs");
            }
            Optional<RunSummary> run = runs.find(path.get(1));
            if (run.isEmpty()) {
                return notFound("no run " + path.get(1) + " in " + runs.outDir().resolve("runs"));
            }
            if (path.size() == 2) {
                return path.trailingSlash()
                        ? Answer.html(runPage.html(run.get()), "run")
                        : new Answer(
                                HttpStatus.FOUND_302,
                                ContentTypes.HTML,
                                new byte[0],
                                "/runs/" + run.get().folder() + "/",
                                null);
            }
            return file(run.get(), path.from(2));
        }
        if (first.equals("history") && path.size() == 1) {
            return Answer.html(historyPage.html(metric(query), dataset(query)), "history");
        }
        if (first.equals("api")) {
            return api(path, query);
        }
        return notFound("no such page");
    }

    private Answer api(SitePath path, Fields query) {
        if (path.size() == 2 && path.get(1).equals("runs")) {
            return Answer.json(HttpStatus.OK_200, api.runs());
        }
        if (path.size() == 2 && path.get(1).equals("history")) {
            return Answer.json(HttpStatus.OK_200, api.history(metric(query), dataset(query)));
        }
        if (path.size() == 2 && path.get(1).equals("alerts")) {
            return Answer.json(HttpStatus.OK_200, api.alerts());
        }
        if ((path.size() == 3 || path.size() == 4) && path.get(1).equals("runs")) {
            Optional<RunSummary> run = runs.find(path.get(2));
            if (run.isEmpty()) {
                return Answer.json(HttpStatus.NOT_FOUND_404, Api.error("no run " + path.get(2)));
            }
            if (path.size() == 3) {
                return Answer.json(HttpStatus.OK_200, api.run(run.get()));
            }
            if (path.get(3).equals("metrics")) {
                return Answer.json(HttpStatus.OK_200, api.metrics(run.get()));
            }
        }
        return Answer.json(HttpStatus.NOT_FOUND_404, Api.error("no such API address"));
    }

    /** A file of a run folder, found segment by segment under the folder and never outside it (no links followed). */
    private Answer file(RunSummary run, List<String> segments) throws IOException {
        Path folder = runs.folder(run);
        Path file = folder;
        for (String segment : segments) {
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(folder)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(folder.toRealPath())) {
            return notFound("no file " + String.join("/", segments) + " in run " + run.runId());
        }
        String name = file.getFileName().toString();
        return new Answer(HttpStatus.OK_200, ContentTypes.of(name), Files.readAllBytes(file), null, page(segments));
    }

    /** What a view of a run's file counts as: a department report or a dashboard; other files are not counted. */
    private static String page(List<String> segments) {
        if (segments.size() != 2) {
            return null;
        }
        String name = segments.get(1);
        if (segments.get(0).equals("reports") && name.endsWith(".html")) {
            return "report:" + name.substring(0, name.length() - ".html".length());
        }
        if (segments.get(0).equals("dashboards") && name.endsWith(".png")) {
            return "dashboard:" + name.substring(0, name.length() - ".png".length());
        }
        return null;
    }

    private static String metric(Fields query) {
        String metric = query.getValue("metric");
        return metric == null || metric.isBlank() ? HistoryPage.DEFAULT_METRIC : metric;
    }

    private static Optional<String> dataset(Fields query) {
        return Optional.ofNullable(query.getValue("dataset")).filter(d -> !d.isBlank());
    }

    private static Answer notFound(String message) {
        return new Answer(
                HttpStatus.NOT_FOUND_404,
                ContentTypes.HTML,
                Html.page("Not found", "<h1>Not found</h1><p>" + Html.text(message) + "</p>")
                        .getBytes(StandardCharsets.UTF_8),
                null,
                null);
    }

    /** What a request gets: status, type, body, where a redirect points and which page view it counts as. */
    private record Answer(int status, String contentType, byte[] body, String location, String page) {
        static Answer html(String html, String page) {
            return new Answer(HttpStatus.OK_200, ContentTypes.HTML, html.getBytes(StandardCharsets.UTF_8), null, page);
        }

        static Answer text(int status, String text) {
            return new Answer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null, null);
        }

        static Answer json(int status, JsonNode json) {
            try {
                return new Answer(status, ContentTypes.JSON, Api.JSON.writeValueAsBytes(json), null, null);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree that cannot be written", e);
            }
        }
    }
}
