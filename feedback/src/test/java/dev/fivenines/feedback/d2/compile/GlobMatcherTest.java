package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GlobMatcherTest {

    private final IrBudget budget = new IrBudget(IrBudget.MAX_ELEMENTS);

    @Test
    void matchesStartWhenGlobIsAPrefixWithStarsThenMatchesLikeD2() {
        assertThat(GlobMatcher.matchesStart("*l", "hello", budget)).isTrue();
        assertThat(GlobMatcher.matchesStart("he", "hello", budget)).isTrue();
        assertThat(GlobMatcher.matchesStart("h*x", "hello", budget)).isFalse();
        assertThat(GlobMatcher.matchesStart("", "hello", budget)).isTrue();
        assertThat(GlobMatcher.matchesStart("**", "", budget)).isTrue();
    }

    @Test
    void matchesWholeWhenCaseOrNonAsciiDiffersThenFoldsCaseAsUnicodeDoes() {
        assertThat(GlobMatcher.matchesWhole("C*E", "cache", budget)).isTrue();
        assertThat(GlobMatcher.matchesWhole("É*é", "ééé", budget)).isTrue();
        assertThat(GlobMatcher.matchesWhole("\uD801\uDC00*", "\uD801\uDC28x", budget)).isTrue(); // Deseret Ð/ð
        assertThat(GlobMatcher.matchesWhole("a*a", "a", budget)).isFalse(); // prefix and suffix never overlap
        assertThat(GlobMatcher.matchesWhole("", "", budget)).isTrue();
        assertThat(GlobMatcher.matchesWhole("", "x", budget)).isFalse();
    }

    /**
     * The regex the matcher replaces is the oracle: the same answers on random short globs and
     * texts over letters of both cases, non-ASCII letters whose case folds oddly (ß, İ, ı, the
     * Kelvin sign), a surrogate pair with case and lone surrogates.
     */
    @Nested
    class SameAnswersAsTheRegex {

        private static final String[] ALPHABET = {"a", "A", "b", "é", "É", "ß", "İ", "ı", "i", "K", "\u212A", "k",
            "\uD801\uDC00", "\uD801\uDC28", "\uD801", "\uDC28", "*", "*", ".", "\\"};

        @Test
        void matchesWhenRandomGlobsThenAgreesWithLookingAtAndMatches() {
            SplittableRandom random = new SplittableRandom(20);
            for (int i = 0; i < 200_000; i++) {
                String glob = random(random, 5);
                String text = random(random, 7).replace("*", "");
                Pattern regex = oldRegex(glob);
                assertThat(GlobMatcher.matchesStart(glob, text, budget)).as("start %s / %s", units(glob), units(text))
                        .isEqualTo(glob.chars().allMatch(c -> c == '*') || regex.matcher(text).lookingAt());
                assertThat(GlobMatcher.matchesWhole(glob, text, budget)).as("whole %s / %s", units(glob), units(text))
                        .isEqualTo((!glob.isEmpty() && glob.chars().allMatch(c -> c == '*'))
                                || regex.matcher(text).matches());
            }
        }

        private static String random(SplittableRandom random, int maxParts) {
            StringBuilder out = new StringBuilder();
            for (int i = random.nextInt(maxParts + 1); i > 0; i--) {
                out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            return out.toString();
        }

        /** The UTF-16 units, readable even when lone surrogates are among them. */
        private static String units(String s) {
            return s.chars().mapToObj(c -> c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c))
                    .collect(java.util.stream.Collectors.joining());
        }

        /** GlobPatterns.compile as it was: literal parts quoted, each star as {@code .*}. */
        private static Pattern oldRegex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (String part : glob.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        }
    }

    /** The backtracking regex took about C(n, k) steps for k stars over n characters. */
    @Nested
    class Linear {

        @Test
        @Timeout(10) // a safety net: the regex took hours on these
        void matchesWhenManyStarsOverALongTextThenAnswersWithFewSteps() {
            String text = "a".repeat(3_000);
            String glob = "a*".repeat(20) + "b";

            assertThat(GlobMatcher.matchesWhole(glob, text, budget)).isFalse();
            assertThat(GlobMatcher.matchesStart(glob, text, budget)).isFalse();
            assertThat(GlobMatcher.matchesWhole("é*".repeat(15) + "x", "é".repeat(250), budget)).isFalse();
            assertThat(GlobMatcher.matchesWhole("a*".repeat(20) + "a", text, budget)).isTrue();
        }

        @Test
        void matchesWhenAPartIsComparedAtEveryPositionThenEveryCharacterIsChargedAndTheCapAnswers() {
            String text = "a".repeat(30_000);
            String glob = "*" + "a".repeat(5_000) + "b*";

            assertThatThrownBy(() -> GlobMatcher.matchesStart(glob, text, budget))
                    .isInstanceOf(IrBudget.Exceeded.class)
                    .hasMessageStartingWith("the diagram needs more than 5000000 glob matching steps");
        }
    }
}
