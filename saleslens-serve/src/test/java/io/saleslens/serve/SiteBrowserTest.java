package io.saleslens.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.history.HistoryDatabase;
import io.saleslens.history.PageViewCounts;
import io.saleslens.report.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) on the served sample: from the home page to a department
 * report, a dashboard and the history chart of revenue, without console errors, every link on the way answering 200.
 * Skipped on a developer machine without Chromium; on CI it must run.
 */
class SiteBrowserTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ChromeDriver browser;
    private static SiteServer site;
    private static Path out;

    @BeforeAll
    static void start(@TempDir Path profile) {
        browser = HeadlessChromium.start(profile, 2000);
        out = ServedSample.out();
        site = SiteServer.start(out, HistoryDatabase.embedded(out), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void fromHomeToAReportADashboardAndTheRevenueHistory() throws Exception {
        // Other tests of this JVM serve the same output folder and count their views in its history too.
        Map<String, Long> before = viewsToday();
        browser.get(site.url());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SalesLens");
        assertThat(browser.findElements(By.cssSelector(".tile"))).hasSize(5);
        everyLinkAnswers200();
        noConsoleErrors("home");

        link("sales").click();
        assertThat(browser.getCurrentUrl()).endsWith("/reports/sales.html");
        assertThat(browser.findElements(By.tagName("h1"))).isNotEmpty();
        noConsoleErrors("sales report");

        browser.navigate().back();
        link("executive kpis trend").click();
        assertThat(browser.getCurrentUrl()).endsWith("/dashboards/executive_kpis_trend.png");
        noConsoleErrors("dashboard");

        browser.get(site.url());
        browser.findElement(By.linkText("History")).click();
        assertThat(browser.findElement(By.cssSelector("select[name=metric] option[selected]"))
                        .getText())
                .isEqualTo("totals.revenue");
        WebElement chart = browser.findElements(By.cssSelector("svg.chart")).get(0);
        assertThat(chart.getAttribute("aria-label")).isEqualTo("totals.revenue of dataset crm-erp");
        assertThat(chart.findElements(By.tagName("circle")))
                .as("one point per run")
                .hasSize(1);
        everyLinkAnswers200();
        noConsoleErrors("history");

        Map<String, Long> after = viewsToday();
        // Each was fetched twice: once by the check of the home page's links, once by the browser.
        assertThat(after.get("report:sales") - before.getOrDefault("report:sales", 0L))
                .isEqualTo(2L);
        assertThat(after.get("dashboard:executive_kpis_trend")
                        - before.getOrDefault("dashboard:executive_kpis_trend", 0L))
                .isEqualTo(2L);
        assertThat(after.get("home") - before.getOrDefault("home", 0L)).isGreaterThanOrEqualTo(2L);
    }

    private static Map<String, Long> viewsToday() {
        site.flushPageViews();
        return new PageViewCounts(HistoryDatabase.embedded(out))
                .lastDays(1, LocalDate.now())
                .orElse(Map.of());
    }

    private static WebElement link(String text) {
        return browser.findElement(By.linkText(text));
    }

    private static void everyLinkAnswers200() throws Exception {
        List<String> hrefs = browser.findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href"))
                .distinct()
                .toList();
        assertThat(hrefs).isNotEmpty();
        for (String href : hrefs) {
            int status = HTTP.send(
                            HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).as(href).isEqualTo(200);
        }
    }

    private static void noConsoleErrors(String page) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as(page + " console errors").isEmpty();
    }
}
