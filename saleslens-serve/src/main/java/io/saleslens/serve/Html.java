package io.saleslens.serve;

/** Writing HTML by hand safely: every value from a document goes through {@link #text}, and every page has one frame. */
final class Html {
    private static final String STYLE = "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;"
            + "color:#1f2933;background:#f7f8fa}header{background:#1f3a5f;color:#fff;padding:.6rem 1.5rem;display:flex;"
            + "gap:1.5rem;align-items:center}header a{color:#fff;text-decoration:none}header b{font-size:1.1rem}"
            + "main{padding:1rem 1.5rem;max-width:1200px}table{border-collapse:collapse;background:#fff;margin:.5rem 0}"
            + "th,td{border:1px solid #d9dee5;padding:.3rem .6rem;text-align:left;vertical-align:top}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}.tiles{display:flex;flex-wrap:wrap;gap:.8rem}"
            + ".tile{background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:.6rem .9rem;min-width:10rem}"
            + ".tile .v{font-size:1.5rem;font-weight:600}.tile .l{color:#52606d;font-size:.85rem}"
            + ".good{color:#1b7f3b}.bad{color:#b42318}.muted{color:#52606d}.failed{color:#b42318;font-weight:600}"
            + "form{margin:.5rem 0}svg{background:#fff;border:1px solid #d9dee5}";

    private Html() {}

    /** Text escaped for an HTML element or a quoted attribute. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link whose target and label are escaped. */
    static String link(String href, String label) {
        return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
    }

    /** A whole page: the title, the site's navigation and the body, which the caller has escaped. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\">"
                + "<title>" + text(title) + " · SalesLens</title><style>" + STYLE + "</style></head><body>"
                + "<header><b>SalesLens</b><a href=\"/\">Home</a><a href=\"/runs\">Runs</a>"
                + "<a href=\"/history\">History</a><a href=\"/api/runs\">API</a></header><main>"
                + body + "</main></body></html>\n";
    }
}
