package dev.fivenines.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds active content in tutorial Markdown: raw HTML that runs script ({@code <script>} and
 * other embedding elements, {@code on*} handlers, {@code javascript:} URLs) and links or images
 * whose destination is a script URL. Tutorial text is served to browsers and to third parties, so
 * such content is refused when it is published; the API also serves the brief as sanitised HTML.
 * Plain raw HTML ({@code <br>}, {@code <kbd>}) is left alone.
 */
final class ActiveHtml {

    /** A finding: the 1-based line within the text, and what was found there. */
    record Finding(int line, String what) {
    }

    private static final Pattern ACTIVE_IN_HTML = Pattern.compile(
            "<\\s*(script|iframe|object|embed|frame|frameset|applet|base|form|meta|link|style|svg|math)\\b"
                    + "|[\\s\"'/](on[a-z]+)\\s*="
                    + "|(javascript|vbscript)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private ActiveHtml() {
    }

    static List<Finding> in(String markdown) {
        List<Finding> findings = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                raw(block, block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                raw(inline, inline.getLiteral());
            }

            @Override
            public void visit(Link link) {
                destination(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destination(image, image.getDestination());
                visitChildren(image);
            }

            private void raw(Node node, String html) {
                Matcher m = ACTIVE_IN_HTML.matcher(html);
                while (m.find()) {
                    String what = m.group(1) != null ? "<" + m.group(1).toLowerCase(Locale.ROOT) + "> element"
                            : m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT) + " handler"
                            : m.group(3).toLowerCase(Locale.ROOT) + ": URL";
                    int line = lineOf(node) + (int) html.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    findings.add(new Finding(line, "raw HTML with a " + what));
                }
            }

            private void destination(Node node, String url) {
                String scheme = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:")
                        || scheme.startsWith("data:text/html")) {
                    findings.add(new Finding(lineOf(node), "a link to a script URL (" + scheme.substring(0,
                            scheme.indexOf(':') + 1) + ")"));
                }
            }
        });
        return findings;
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().getFirst().getLineIndex() + 1;
    }
}
