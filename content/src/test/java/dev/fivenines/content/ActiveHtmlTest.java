package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActiveHtmlTest {

    @Test
    void inWhenPlainMarkdownWithAnglesInCodeThenNothing() {
        String md = """
                # RESP

                The header `*<n>` then `$<len>`; a <br> is harmless, and so is <kbd>Ctrl</kbd>.
                Text about onload = fast, or javascript: the language, is not HTML.

                    <script>in an indented code block</script>

                ```
                <img src=x onerror=alert(1)>
                ```
                [a link](https://redis.io) and ![an image](diagram.png)
                """;
        assertThat(ActiveHtml.in(md)).isEmpty();
    }

    @Test
    void inWhenActiveHtmlThenEachWithItsLine() {
        String md = """
                Intro.

                <p onclick="steal()">x</p>

                Inline <ScRiPt>alert(1)</script> here.
                <iframe src="https://evil.example"></iframe>

                [x]( javascript:alert(1) ) and ![y](vbscript:msgbox)
                """;
        assertThat(ActiveHtml.in(md)).extracting(ActiveHtml.Finding::line, ActiveHtml.Finding::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "raw HTML with a onclick handler"),
                org.assertj.core.groups.Tuple.tuple(5, "raw HTML with a <script> element"),
                org.assertj.core.groups.Tuple.tuple(6, "raw HTML with a <iframe> element"),
                org.assertj.core.groups.Tuple.tuple(8, "a link to a script URL (javascript:)"),
                org.assertj.core.groups.Tuple.tuple(8, "a link to a script URL (vbscript:)"));
    }
}
