package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    private static final Set<String> RESERVED = new HashSet<>();

    static {
        Stream.of(Keywords.SIMPLE, Keywords.HOLDERS, Keywords.COMPOSITE, Keywords.STYLE, Keywords.BOARDS)
                .forEach(RESERVED::addAll);
    }

    @Test
    void everyReservedWordPassesTheFilter() {
        for (String word : RESERVED) {
            assertThat(Keywords.isReservedLower(word)).as(word).isTrue();
        }
    }

    @Test
    void namesThatAreNoKeywordAreNotReserved() {
        for (String name : new String[] {"", "s", "shap", "shapes", "labels", "redis", "step1", "fill2", "Shape",
                "grid_rows", "3D", "styl"}) {
            assertThat(Keywords.isReservedLower(name)).as(name).isFalse();
        }
    }

    /** The filter only rejects: its answer is the set's for keyword-like names that share length and ends. */
    @Test
    void filterAgreesWithTheSetOnRandomNames() {
        Random random = new Random(42);
        String alphabet = "abcdefghilnorstuwxy-3";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = name.toString();
            assertThat(Keywords.isReservedLower(s)).as(s).isEqualTo(RESERVED.contains(s));
        }
        // and every keyword with one character changed: the near misses a filter could let through wrongly
        for (String word : RESERVED) {
            for (int i = 0; i < word.length(); i++) {
                String changed = word.substring(0, i) + 'q' + word.substring(i + 1);
                assertThat(Keywords.isReservedLower(changed)).as(changed).isEqualTo(RESERVED.contains(changed));
            }
        }
    }
}
