package dev.fivenines.domain.stats;

import java.util.List;
import reactor.core.publisher.Mono;

/** Outbound port: aggregates over all learners' submissions, for authors and operators. */
public interface PlatformStatistics {
    Mono<List<TutorialStats>> tutorials();
}
