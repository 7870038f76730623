package io.saleslens.report;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a report's "How we know" quote block as a {@code <details>} element, so the method behind a finding is one
 * click away in a browser and printed in full on paper; every other quote block stays a quote.
 */
final class HowWeKnowRenderer implements NodeRenderer {
    static final String LABEL = "How we know:";
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    HowWeKnowRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(BlockQuote.class);
    }

    @Override
    public void render(Node node) {
        Emphasis label = label(node);
        html.line();
        if (label == null) {
            html.tag("blockquote");
            children(node);
            html.tag("/blockquote");
        } else {
            html.tag("details", Map.of("class", "how"));
            html.tag("summary");
            html.text("How we know");
            html.tag("/summary");
            Node after = label.getNext();
            label.unlink();
            if (after instanceof Text text) {
                text.setLiteral(text.getLiteral().stripLeading());
            }
            children(node);
            html.tag("/details");
        }
        html.line();
    }

    /** The emphasised "How we know:" that opens the block's first paragraph, or null. */
    private static Emphasis label(Node quote) {
        if (quote.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof Emphasis emphasis
                && emphasis.getFirstChild() instanceof Text text
                && text.getLiteral().equals(LABEL)) {
            return emphasis;
        }
        return null;
    }

    private void children(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
