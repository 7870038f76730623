package io.saleslens.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a Markdown report into a self-contained XHTML page: styles inline, dashboard images embedded as
 * data: URIs (so the page works offline and on its own), links to sibling {@code .md} reports pointed at
 * their HTML, raw HTML in the text escaped. The output is well-formed XML so the PDF renderer can read it.
 */
public final class HtmlPage {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** The width a dashboard prints at on its A4 landscape page: 297 mm less two 10 mm margins. */
    static final int PRINTED_DASHBOARD_WIDTH_MM = 277;

    static final String STYLE = "@page{size:A4;margin:14mm}"
            + "body{font-family:'DejaVu Sans',system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;"
            + "margin:1.5rem auto;padding:0 1rem;color:#1f2933;line-height:1.45;font-size:15px}"
            + "table{border-collapse:collapse;margin:.6rem 0;font-size:.85em}"
            + "th,td{border:1px solid #cbd2d9;padding:.2rem .45rem;text-align:left;vertical-align:top}th{background:#f0f4f8}"
            + "h1{border-bottom:2px solid #334e68;font-size:1.6em}h2{margin-top:1.4rem;font-size:1.25em;color:#243b53}"
            + "code{background:#f0f4f8;padding:0 .2rem;font-size:.85em;word-wrap:break-word}img{max-width:100%}"
            + "nav{font-size:.85em;margin-bottom:.5rem}"
            + ".tiles{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0}"
            + ".tile{border:1px solid #cbd2d9;border-radius:6px;padding:.5rem .8rem;min-width:9rem}"
            + ".tile b{display:block;font-size:1.35em;color:#102a43}.tile span{font-size:.8em;color:#486581}"
            + "details.how{display:block;margin:-.4rem 0 .8rem 1rem;font-size:.88em;color:#486581}"
            + "details.how summary{display:block;cursor:pointer;font-weight:600}details.how p{margin:.2rem 0}"
            + "@media print{nav{display:none}body{font-size:10px;max-width:none;margin:0;padding:0}h2{margin-top:.8rem}"
            + "img{max-height:65mm}p,li{margin:.25rem 0}details.how{font-size:.85em;margin:0 0 .3rem .8rem}}";

    /**
     * Added to the printed copy only (the HTML file keeps its own look): page numbers in every page's foot; each
     * dashboard alone on an A4 landscape page, 277 mm wide, the width its printed copy is drawn for (the page box is
     * wider than the body, which takes the first page's width, so the image's width is set rather than 100%); table
     * headers repeated on every page a table runs onto; no row cut across pages; no heading left at a page's foot.
     */
    static final String PRINT_STYLE =
            "@page{size:A4;margin:14mm 14mm 16mm;@bottom-center{content:\"Page \" counter(page)"
                    + " \" of \" counter(pages);font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#486581}}"
                    + "@page dashboard{size:A4 landscape;margin:10mm 10mm 14mm}"
                    + "div.dashboard{page:dashboard;margin:0}div.dashboard img{width:" + PRINTED_DASHBOARD_WIDTH_MM
                    + "mm;max-width:none;max-height:none}"
                    + "table{-fs-table-paginate:paginate}thead{display:table-header-group}tr{page-break-inside:avoid}"
                    + "h1,h2,h3{page-break-after:avoid}";

    /** A dashboard paragraph of the printed copy, turned into the block that takes a landscape page of its own. */
    private static final Pattern DASHBOARD_PARAGRAPH = Pattern.compile("<p>(<img [^>]*class=\"dashboard\" />)</p>");

    /** How a report links a dashboard of its run: {@code ../dashboards/<name>.png}. */
    private static final Pattern DASHBOARD_LINK = Pattern.compile("\\.\\./dashboards/([A-Za-z0-9_-]+)\\.png");

    private HtmlPage() {}

    /**
     * @param images the dashboards' PNG images by name; the Markdown links one as {@code ../dashboards/<name>.png}
     */
    public static String render(String title, String markdown, Map<String, byte[]> images) {
        return page(title, "<nav><a href=\"index.html\">All reports of this run</a></nav>\n" + body(markdown, images));
    }

    /**
     * The copy of a report printed to PDF: no navigation, the print style, and each dashboard in its printed copy
     * ({@code DashboardSize.PRINT}) on a landscape page of its own.
     *
     * @param printImages the dashboards' printed copies as PNG images by name
     */
    public static String printed(String title, String markdown, Map<String, byte[]> printImages) {
        String body = DASHBOARD_PARAGRAPH
                .matcher(body(markdown, printImages, true))
                .replaceAll("<div class=\"dashboard\">$1</div>");
        return page(title, body, STYLE + PRINT_STYLE);
    }

    /** A page that stands alone, such as an e-mail's body: no link to the run's other reports. */
    public static String standalone(String title, String markdown) {
        return page(title, body(markdown, Map.of()));
    }

    /** One Markdown sentence as HTML without its paragraph, to sit inside a list item. */
    static String inline(String markdown) {
        String html = body(markdown, Map.of()).strip();
        return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : html;
    }

    private static String body(String markdown, Map<String, byte[]> images) {
        return body(markdown, images, false);
    }

    private static String body(String markdown, Map<String, byte[]> images, boolean markDashboards) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .nodeRendererFactory(HowWeKnowRenderer::new)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Image && attributes.containsKey("src")) {
                        String src = attributes.get("src");
                        attributes.put("src", dataUri(images, src));
                        if (markDashboards && DASHBOARD_LINK.matcher(src).matches()) {
                            attributes.put("class", "dashboard");
                        }
                    }
                    if (node instanceof Link
                            && attributes.getOrDefault("href", "").matches("[A-Za-z0-9_-]+\\.md")) {
                        attributes.put("href", attributes.get("href").replaceFirst("\\.md$", ".html"));
                    }
                })
                .build();
        return renderer.render(PARSER.parse(markdown));
    }

    /** An XHTML page with the report style around an already escaped body. */
    static String page(String title, String body) {
        return page(title, body, STYLE);
    }

    private static String page(String title, String body, String style) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\" /><title>"
                + escape(title) + "</title><style>" + style + "</style></head><body>\n" + body + "</body></html>\n";
    }

    /** The image as a data: URI when it is a dashboard of the run, so the page needs no other file. */
    static String dataUri(Map<String, byte[]> images, String src) {
        Matcher dashboard = DASHBOARD_LINK.matcher(src);
        if (!dashboard.matches() || !images.containsKey(dashboard.group(1))) {
            return src;
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(images.get(dashboard.group(1)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
