package io.saleslens.report;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Turns a Markdown report into a self-contained HTML page: styles inline, raw HTML from the text escaped. */
public final class HtmlPage {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final String STYLE = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;"
            + "margin:2rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}table{border-collapse:collapse;margin:1rem 0}"
            + "th,td{border:1px solid #cbd2d9;padding:.3rem .6rem;text-align:left}th{background:#f0f4f8}"
            + "h1{border-bottom:2px solid #334e68}code{background:#f0f4f8;padding:0 .2rem}img{max-width:100%}";

    private HtmlPage() {}

    public static String render(String title, String markdown) {
        String body = RENDERER.render(PARSER.parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body>\n" + body + "</body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
