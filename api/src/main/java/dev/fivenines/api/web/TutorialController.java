package dev.fivenines.api.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import dev.fivenines.api.web.TutorialViews.CatalogPage;
import dev.fivenines.api.web.TutorialViews.TutorialSummaryView;
import dev.fivenines.api.web.TutorialViews.TutorialView;
import dev.fivenines.domain.tutorial.ArtifactType;
import dev.fivenines.domain.tutorial.Level;
import dev.fivenines.api.catalog.PublishedCatalog;
import dev.fivenines.domain.tutorial.TutorialSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalog. Responses carry a strong ETag; a client that sends it back in
 * If-None-Match gets 304 without a body. Views and tags are computed once per distinct request
 * and catalog version.
 */
@RestController
@Tag(name = OpenApiConfiguration.TUTORIALS)
@RequestMapping(path = "/api/v1/tutorials", produces = MediaType.APPLICATION_JSON_VALUE)
class TutorialController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedCatalog catalog;
    private final JsonMapper json;
    private final Map<String, Tagged<?>> cache = new ConcurrentHashMap<>();
    private volatile long cachedStamp;

    TutorialController(PublishedCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    private record Tagged<T>(T body, String etag) {
    }

    @GetMapping
    @Operation(operationId = "listTutorials", summary = "The catalog: all 24 tutorials in path order",
            description = "Tutorials whose content is not published yet are listed with `available: false`.")
    Mono<ResponseEntity<CatalogPage>> list(
            ServerWebExchange exchange,
            @Parameter(description = "foundation, intermediate or advanced") @RequestParam(required = false) String level,
            @Parameter(description = "Only tutorials with this tag") @RequestParam(required = false) String tag,
            @Parameter(description = "sequence-diagram, state-machine, flowchart, data-model or architecture-diagram")
            @RequestParam(required = false) String artifactType) {
        Predicate<TutorialSummary> filter = filter(level, tag, artifactType);
        String key = "list|" + level + "|" + tag + "|" + artifactType;
        Tagged<CatalogPage> page = cached(key, () -> new CatalogPage(
                catalog.list().stream().filter(filter).map(TutorialSummaryView::of).toList()));
        return respond(exchange, page);
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getTutorial", summary = "One tutorial: brief, requirements, rubric, starter, practice checks")
    Mono<ResponseEntity<TutorialView>> get(ServerWebExchange exchange, @PathVariable String slug) {
        var tutorial = catalog.find(slug).orElseThrow(() -> ApiException.notFound(
                catalog.list().stream().anyMatch(t -> t.slug().equals(slug))
                        ? "Tutorial '" + slug + "' is coming soon; its content is not published yet."
                        : "There is no tutorial '" + slug + "'."));
        return respond(exchange, cached("get|" + slug, () -> TutorialView.of(tutorial)));
    }

    /** Views are dropped whenever an admin publishes or rolls back a tutorial. */
    @SuppressWarnings("unchecked")
    private <T> Tagged<T> cached(String key, java.util.function.Supplier<T> view) {
        long stamp = catalog.stamp();
        if (stamp != cachedStamp) {
            cache.clear();
            cachedStamp = stamp;
        }
        return (Tagged<T>) cache.computeIfAbsent(key, k -> {
            T body = view.get();
            return new Tagged<>(body, ETags.of(json, body));
        });
    }

    private static <T> Mono<ResponseEntity<T>> respond(ServerWebExchange exchange, Tagged<T> tagged) {
        if (exchange.checkNotModified(tagged.etag())) {
            return Mono.just(ResponseEntity.status(304).eTag(tagged.etag()).cacheControl(CACHE).build());
        }
        return Mono.just(ResponseEntity.ok().eTag(tagged.etag()).cacheControl(CACHE).body(tagged.body()));
    }

    private static Predicate<TutorialSummary> filter(String level, String tag, String artifactType) {
        Predicate<TutorialSummary> filter = t -> true;
        if (level != null) {
            Level wanted = Level.fromId(level).orElseThrow(() -> invalid("level", level,
                    "foundation, intermediate or advanced"));
            filter = filter.and(t -> t.level() == wanted);
        }
        if (artifactType != null) {
            ArtifactType wanted = ArtifactType.fromId(artifactType).orElseThrow(() -> invalid("artifactType",
                    artifactType, "sequence-diagram, state-machine, flowchart, data-model or architecture-diagram"));
            filter = filter.and(t -> t.artifactType() == wanted);
        }
        if (tag != null) {
            filter = filter.and(t -> t.tags().contains(tag));
        }
        return filter;
    }

    private static ApiException invalid(String parameter, String value, String allowed) {
        return new ApiException(Problem.of(ProblemType.VALIDATION_FAILED,
                parameter + " '" + value + "' is not one of: " + allowed + "."));
    }
}
