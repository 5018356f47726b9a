package dev.fivenines.api.web;

import dev.fivenines.content.YamlTutorialCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What authors and operators see of the content: every tutorial's state and every content problem. */
@RestController
@RequestMapping(path = "/api/v1/admin/tutorials", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class AdminTutorialController {

    private final YamlTutorialCatalog catalog;

    AdminTutorialController(YamlTutorialCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(operationId = "adminListTutorials", summary = "Content status: availability, rubric versions, problems",
            description = "Needs the `admin` scope.")
    Mono<AdminCatalog> list() {
        var items = catalog.list().stream().map(s -> new AdminItem(s.slug(), s.position(), s.available(),
                catalog.find(s.slug()).map(t -> t.rubric().version()).orElse(null))).toList();
        var problems = catalog.problems().stream().map(p -> new ContentProblemView(p.file(), p.line(), p.message())).toList();
        return Mono.just(new AdminCatalog(items, problems));
    }

    record AdminCatalog(List<AdminItem> items, List<ContentProblemView> problems) {
    }

    /** @param rubricVersion null while the tutorial is not available */
    record AdminItem(String slug, int position, boolean available, Integer rubricVersion) {
    }

    /** @param line 1-based; 0 when the problem concerns the whole file */
    record ContentProblemView(String file, int line, String message) {
    }
}
