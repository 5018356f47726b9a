package dev.fivenines.domain.publishing;

import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Outbound port: published tutorial versions and which one is active per tutorial. */
public interface TutorialVersions {

    /** Saves the next version (1, 2, ...) of the tutorial and makes it active, in one transaction. */
    Mono<VersionInfo> publish(String slug, Map<String, String> files, int rubricVersion, String publishedBy);

    Mono<List<VersionInfo>> list(String slug);

    /** Makes a published version active; version 0 means "the bundled content" again. Empty when unknown. */
    Mono<Boolean> activate(String slug, int version);

    /** The files of every tutorial's active version, by slug. */
    Mono<Map<String, Map<String, String>>> activeBundles();

    /** The active version's rubric version of a tutorial, if a published version is active. */
    Mono<Integer> activeRubricVersion(String slug);
}
