package dev.fivenines.api.web;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A tutorial brief as HTML that is safe to insert into a page: CommonMark (with tables) rendered,
 * then passed through an allow-list sanitiser, so whatever the Markdown holds, no script, event
 * handler or script URL survives. Publishing refuses such content already; this is the second
 * line, for clients that would otherwise render the Markdown themselves.
 */
final class BriefHtml {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** What Markdown produces, and nothing that runs: links only to http(s) and mailto. */
    private static final PolicyFactory POLICY = Sanitizers.BLOCKS
            .and(Sanitizers.FORMATTING)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "kbd")
                    .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
                    .allowElements("img")
                    .allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(Pattern.compile("(?i)https?://[^\\s\"'<>]+")).onElements("img")
                    .toFactory());

    private BriefHtml() {
    }

    static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
