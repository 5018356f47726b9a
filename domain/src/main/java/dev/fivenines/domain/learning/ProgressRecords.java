package dev.fivenines.domain.learning;

import java.util.Map;
import reactor.core.publisher.Mono;

/** Outbound port: a learner's activity per tutorial slug (tutorials never touched are absent). */
public interface ProgressRecords {
    Mono<Map<String, TutorialActivity>> activity(String learner);
}
