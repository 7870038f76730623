package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {

    @Test
    void embedsDashboardImagesAndPointsReportLinksAtHtml(@TempDir Path run) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

        String html = HtmlPage.render(
                "Sales",
                "![trend](../dashboards/trend.png) ![other](../dashboards/other.png)" + " [report](marketing.md)",
                Map.of("trend", png));

        assertThat(html)
                .contains("src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"")
                .contains("href=\"marketing.html\"")
                .doesNotContain("../dashboards/trend.png")
                .as("a dashboard the run did not draw keeps its link")
                .contains("src=\"../dashboards/other.png\"");
    }

    @Test
    void escapesRawHtmlAndDataValues(@TempDir Path reports) {
        String markdown = new DepartmentReport(ReportFixtures.shipped("product")).render(ReportFixtures.input())
                + "\n<b>raw</b>\n";

        String html = HtmlPage.render("Product <team>", markdown, Map.of());

        assertThat(html)
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "&lt;b&gt;raw&lt;/b&gt;",
                        "<title>Product &lt;team&gt;</title>")
                .doesNotContain("<script", "<b>");
    }

    @Test
    void isWellFormedXmlForThePdfRenderer(@TempDir Path reports) throws Exception {
        String html = HtmlPage.render(
                "Sales",
                new DepartmentReport(ReportFixtures.shipped("data-engineering")).render(ReportFixtures.input()),
                Map.of());

        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
