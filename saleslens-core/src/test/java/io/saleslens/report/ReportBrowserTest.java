package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the sample run's HTML reports from the file system in headless Chromium ({@link HeadlessChromium}): they render without console errors, their dashboard images
 * load, and a value from the data that looks like a script shows as text. Screenshots go to
 * target/report-screenshots. Skipped on a developer machine without Chromium; on CI it must run.
 */
class ReportBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        browser = HeadlessChromium.start(profile, 2400);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyReportRendersWithoutConsoleErrorsAndShowsItsCharts() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (String page : List.of("index", "sales", "executive", "data-engineering")) {
            browser.get(SampleRun.reports()
                    .resolve(page + ".html")
                    .toAbsolutePath()
                    .toUri()
                    .toString());

            assertThat(browser.findElements(By.tagName("h1"))).isNotEmpty();
            List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .toList();
            assertThat(errors).as(page + " console errors").isEmpty();
            Long brokenImages = (Long)
                    ((JavascriptExecutor) browser)
                            .executeScript(
                                    "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).length;");
            assertThat(brokenImages).as(page + " broken images").isZero();
            Files.write(
                    SCREENSHOTS.resolve(page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.get(SampleRun.reports()
                .resolve("sales.html")
                .toAbsolutePath()
                .toUri()
                .toString());
        Long charts = (Long)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return Array.from(document.images).filter(i => i.src.startsWith('data:image/png') && i.naturalWidth > 400).length;");
        assertThat(charts).isPositive();
    }

    @Test
    void aScriptInTheDataShowsAsText(@TempDir Path reports) throws Exception {
        Path page = reports.resolve("product.html");
        Files.writeString(
                page,
                HtmlPage.render(
                        "Product",
                        new DepartmentReport(ReportFixtures.shipped("product")).render(ReportFixtures.input()),
                        Map.of()));

        browser.get(page.toUri().toString());

        assertThat(browser.findElement(By.tagName("body")).getText()).contains(ReportFixtures.SCRIPT);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    }
}
