package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.api.catalog.PublishedCatalog;
import dev.fivenines.domain.publishing.TutorialPublishing;
import dev.fivenines.domain.publishing.VersionInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What authors and operators do with content: see its state, publish versions, roll back. Admin scope. */
@RestController
@Tag(name = OpenApiConfiguration.ADMIN_CONTENT)
@RequestMapping(path = "/api/v1/admin/tutorials", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class AdminTutorialController {

    private final PublishedCatalog catalog;
    private final TutorialPublishing publishing;

    AdminTutorialController(PublishedCatalog catalog, TutorialPublishing publishing) {
        this.catalog = catalog;
        this.publishing = publishing;
    }

    @GetMapping
    @Operation(operationId = "adminListTutorials", summary = "Content status: availability, rubric versions, problems")
    Mono<AdminCatalog> list() {
        var items = catalog.list().stream().map(s -> new AdminItem(s.slug(), s.position(), s.available(),
                catalog.find(s.slug()).map(t -> t.rubric().version()).orElse(null))).toList();
        var problems = catalog.bundledProblems().stream()
                .map(p -> new ContentProblemView(p.file(), p.line(), p.message())).toList();
        return Mono.just(new AdminCatalog(items, problems));
    }

    /**
     * @param files the tutorial's files by name: tutorial.yaml, brief.md, rubric.yaml, starter.d2, solution.d2
     *              (the content format of the repository's content/ folder)
     */
    record PublishRequest(@NotEmpty Map<String, String> files) {
    }

    @PostMapping(path = "/{slug}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "adminPublishTutorialVersion", summary = "Publish a new version of a tutorial and make it active",
            description = "Validated exactly like the build validates bundled content. A bad bundle is answered 400 with "
                    + "`errors: [{file, line, message}]` and changes nothing. A changed rubric needs a higher rubric version.")
    @ApiResponse(responseCode = "201", description = "Published and active",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    Mono<ResponseEntity<VersionView>> publish(@AuthenticationPrincipal Jwt admin, @PathVariable String slug,
                                              @Valid @RequestBody PublishRequest request) {
        return publishing.publish(slug, request.files(), admin.getSubject())
                .map(v -> ResponseEntity.created(URI.create("/api/v1/admin/tutorials/" + slug + "/versions"))
                        .body(VersionView.of(v)));
    }

    @GetMapping("/{slug}/versions")
    @Operation(operationId = "adminListTutorialVersions", summary = "Published versions of a tutorial, newest first")
    Mono<VersionList> versions(@PathVariable String slug) {
        return publishing.list(slug).map(list -> new VersionList(list.stream().map(VersionView::of).toList()));
    }

    @PostMapping("/{slug}/versions/{version}/activate")
    @Operation(operationId = "adminActivateTutorialVersion", summary = "Roll back (or forward) to a published version",
            description = "Version 0 returns the tutorial to the content bundled with the server.")
    @ApiResponse(responseCode = "204", description = "Active now")
    Mono<ResponseEntity<Void>> activate(@PathVariable String slug, @PathVariable int version) {
        return publishing.activate(slug, version).thenReturn(ResponseEntity.noContent().build());
    }

    record AdminCatalog(List<AdminItem> items, List<ContentProblemView> problems) {
    }

    /** @param rubricVersion null while the tutorial is not available */
    record AdminItem(String slug, int position, boolean available, Integer rubricVersion) {
    }

    /** @param line 1-based; 0 when the problem concerns the whole file */
    record ContentProblemView(String file, int line, String message) {
    }

    record VersionList(List<VersionView> versions) {
    }

    record VersionView(int version, int rubricVersion, String publishedBy, Instant publishedAt, boolean active) {
        static VersionView of(VersionInfo v) {
            return new VersionView(v.version(), v.rubricVersion(), v.publishedBy(), v.publishedAt(), v.active());
        }
    }
}
