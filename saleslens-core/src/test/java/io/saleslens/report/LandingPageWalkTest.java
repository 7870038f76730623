package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Walks the sample run as a reader would, in headless Chromium ({@link HeadlessChromium}): from
 * {@code reports/index.html}, opened over {@code file://} from the run folder's real path, it follows every link of
 * every page it reaches (each department report, dashboard and JSON document). No link leaves the run folder or
 * points at a missing file, no page is Chromium's error page or logs a console error, and every image loads
 * ({@code naturalWidth > 0}).
 */
class LandingPageWalkTest {
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        browser = HeadlessChromium.start(profile, 1200);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyLinkFromTheLandingPageOpensAndEveryImageLoads() throws Exception {
        Path runDir = SampleRun.result().runDir().toRealPath();
        URI start = runDir.resolve("reports").resolve("index.html").toUri();

        List<URI> visited = walk(start, runDir);

        List<String> names = visited.stream()
                .map(uri -> runDir.relativize(Path.of(uri)).toString())
                .toList();
        // What the walk must reach, listed from the run folder itself: every report and dashboard written.
        List<String> written = new ArrayList<>();
        try (var reports = Files.list(runDir.resolve("reports"))) {
            reports.map(file -> "reports/" + file.getFileName()).forEach(written::add);
        }
        try (var dashboards = Files.list(runDir.resolve("dashboards"))) {
            dashboards.map(file -> "dashboards/" + file.getFileName()).forEach(written::add);
        }
        if (Files.isDirectory(runDir.resolve("audiences"))) {
            // The customer lists the reports' actions link, as CSV (their Parquet twins are for tools, not links).
            try (var audiences = Files.list(runDir.resolve("audiences"))) {
                audiences
                        .filter(file -> file.getFileName().toString().endsWith(".csv"))
                        .map(file -> "audiences/" + file.getFileName())
                        .forEach(written::add);
            }
        }
        assertThat(names).containsAll(written);
        assertThat(names).contains("metrics.json", "quality.json", "insights.json", "manifest.json");
        assertThat(written).anyMatch(name -> name.endsWith(".pdf")).anyMatch(name -> name.endsWith(".md"));
    }

    @Test
    void aBrokenLinkOrImageFailsTheWalk(@TempDir Path folder) throws Exception {
        Path runDir = folder.toRealPath();
        Path reports = Files.createDirectories(runDir.resolve("reports"));
        Files.writeString(reports.resolve("index.html"), "<html><body><h1>Run</h1><a href=\"sales.html\">Sales</a>");
        Files.writeString(reports.resolve("sales.html"), "<html><body><h1>Sales</h1><a href=\"missing.html\">x</a>");
        Files.writeString(
                reports.resolve("image.html"), "<html><body><h1>Chart</h1><img src=\"../dashboards/none.png\">");

        assertThatThrownBy(() -> walk(reports.resolve("index.html").toUri(), runDir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing.html");
        assertThatThrownBy(() -> walk(reports.resolve("image.html").toUri(), runDir))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("none.png");
    }

    @Test
    void theLatestLinkOpensTheSameLandingPage() throws Exception {
        Path runDir = SampleRun.result().runDir().toRealPath();
        Path latest = runDir.getParent().getParent().resolve("latest");

        assertThat(latest.toRealPath()).isEqualTo(runDir);
        browser.get(latest.resolve("reports").resolve("index.html").toUri().toString());
        assertThat(browser.getCurrentUrl()).doesNotStartWith("chrome-error:");
        assertThat(browser.getTitle()).isNotBlank();
    }

    /** Breadth first over the links of every HTML page reached; returns every file reached, in order. */
    private static List<URI> walk(URI start, Path runDir) throws Exception {
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            URI page = queue.removeFirst();
            if (!seen.add(page)) {
                continue;
            }
            Path file = Path.of(page);
            assertThat(file.normalize()).as("a link inside the run folder").startsWithRaw(runDir);
            assertThat(file).as("the file a link points at").isRegularFile();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) {
                // Headless Chromium hands a PDF to its viewer plug-in, which has no page to inspect: the file must
                // be a PDF (PdfPrintTest reads its pages).
                assertThat(new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                        .as(name)
                        .isEqualTo("%PDF-");
                continue;
            }
            if (name.endsWith(".csv") || name.endsWith(".parquet")) {
                // Chromium downloads these instead of showing them, leaving the page where it was: the file must be
                // what its name says (a header line; Parquet's magic bytes), read here.
                byte[] bytes = Files.readAllBytes(file);
                String head = new String(bytes, 0, Math.min(bytes.length, 4), java.nio.charset.StandardCharsets.UTF_8);
                if (name.endsWith(".parquet")) {
                    assertThat(head).as(name).isEqualTo("PAR1");
                } else {
                    assertThat(Files.readAllLines(file).get(0))
                            .as(name + "'s header line")
                            .contains(",");
                }
                continue;
            }
            browser.get(page.toString());
            assertThat(browser.getCurrentUrl())
                    .as(name + " opened, not an error page")
                    .isEqualTo(page.toString());
            assertThat(consoleErrors()).as(name + " console errors").isEmpty();
            Long images = (Long) script("return document.images.length;");
            Long broken = (Long) script(
                    "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).length;");
            assertThat(broken).as(name + ": " + images + " images, broken").isZero();
            if (name.endsWith(".png")) {
                assertThat(images).as(name + " shows as an image").isEqualTo(1);
            } else {
                assertThat((String) script("return document.body.innerText;"))
                        .as(name + " has text")
                        .isNotBlank();
            }
            if (name.endsWith(".html")) {
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) script(
                        "return Array.from(document.links).map(a => a.href).filter(h => !h.startsWith('mailto:'));");
                for (String link : links) {
                    URI target = URI.create(link);
                    assertThat(target.getScheme())
                            .as(name + " links to " + link)
                            .isEqualTo("file");
                    if (target.getFragment() != null) {
                        assertFragmentExists(page, target);
                    }
                    queue.addLast(withoutFragment(target));
                }
            }
        }
        return List.copyOf(seen);
    }

    private static void assertFragmentExists(URI page, URI target) throws Exception {
        if (withoutFragment(target).equals(page)) {
            Long found = (Long) script(
                    "return document.querySelectorAll('[id=\"' + arguments[0] + '\"], [name=\"'"
                            + " + arguments[0] + '\"]').length;",
                    target.getFragment());
            assertThat(found)
                    .as(page + " has the anchor #" + target.getFragment())
                    .isPositive();
        }
    }

    /** The file a link points at, spelled as {@link Path#toUri()} spells it ({@code file:///…}). */
    private static URI withoutFragment(URI link) throws Exception {
        return Path.of(new URI(link.getScheme(), link.getAuthority(), link.getPath(), null, null))
                .toUri();
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static List<LogEntry> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }
}
