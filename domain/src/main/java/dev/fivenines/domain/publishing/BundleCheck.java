package dev.fivenines.domain.publishing;

import dev.fivenines.domain.tutorial.Tutorial;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outbound port: validate a tutorial's files exactly as the build validates bundled content. */
public interface BundleCheck {

    /** A problem located for the author: file relative to the content root, 1-based line (0: whole file). */
    record Problem(String file, int line, String message) {
    }

    record Result(Optional<Tutorial> tutorial, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    Result check(String slug, Map<String, String> files);
}
