package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {

    @Test
    void embedsDashboardImagesAndPointsReportLinksAtHtml(@TempDir Path run) throws Exception {
        Path reports = Files.createDirectories(run.resolve("reports"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Files.write(Files.createDirectories(run.resolve("dashboards")).resolve("trend.png"), png);

        String html = HtmlPage.render("Sales", "![trend](../dashboards/trend.png) [report](marketing.md)", reports);

        assertThat(html).contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"")
                .contains("href=\"marketing.html\"").doesNotContain("../dashboards/trend.png");
    }

    @Test
    void escapesRawHtmlAndDataValues(@TempDir Path reports) {
        String markdown = new DepartmentReport(ReportFixtures.shipped("product")).render(ReportFixtures.input()) + "\n<b>raw</b>\n";

        String html = HtmlPage.render("Product <team>", markdown, reports);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;raw&lt;/b&gt;", "<title>Product &lt;team&gt;</title>")
                .doesNotContain("<script", "<b>");
    }

    @Test
    void isWellFormedXmlForThePdfRenderer(@TempDir Path reports) throws Exception {
        String html = HtmlPage.render("Sales", new DepartmentReport(ReportFixtures.shipped("data-engineering")).render(ReportFixtures.input()), reports);

        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
