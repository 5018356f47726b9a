package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefHtmlTest {

    @Test
    void renderWhenMarkdownHoldsActiveHtmlThenNoneOfItSurvives() {
        String html = BriefHtml.render("""
                Hello <script>alert(document.cookie)</script> world.

                <img src="https://x.example/a.png" onerror="alert(1)">

                [click](javascript:alert(1)) and <a href="JaVaScRiPt:alert(2)">this</a>

                <div onmouseover="alert(3)">hover</div>
                <iframe src="https://evil.example"></iframe>
                """);
        assertThat(html.toLowerCase()).doesNotContain("<script", "alert(document", "onerror", "javascript:",
                "onmouseover", "<iframe");
        assertThat(html).contains("Hello").contains("world.").contains("click").contains("hover");
    }

    @Test
    void renderWhenOrdinaryBriefThenItsStructureIsKept() {
        String html = BriefHtml.render("""
                # Title

                Some **bold** and `*<n>` code, a [link](https://redis.io).

                | setting | default |
                |---|---|
                | `maxmemory` | 0 |

                ```c
                int main(void) { return 0; }
                ```
                """);
        assertThat(html).contains("<h1>Title</h1>").contains("<strong>bold</strong>")
                .contains("<code>*&lt;n&gt;</code>").contains("href=\"https://redis.io\"")
                .contains("<table>").contains("<td><code>maxmemory</code></td>")
                .contains("<code class=\"language-c\">");
    }
}
