package dev.fivenines.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplyMatcherTest {

    @Nested
    class Exact {
        @Test
        void matchesWhenSpelledAsRedisCliPrintsThenTrue() {
            assertThat(ReplyMatcher.matches("(integer) -1", "(integer) -1")).isTrue();
            assertThat(ReplyMatcher.matches("\"v\"", "  \"v\"  ")).isTrue();
        }

        @Test
        void matchesWhenDifferentValueThenFalse() {
            assertThat(ReplyMatcher.matches("(integer) -1", "(integer) -2")).isFalse();
            assertThat(ReplyMatcher.matches("(nil)", "\"nil\" and more")).isFalse();
            assertThat(ReplyMatcher.matches("OK", null)).isFalse();
        }
    }

    @Nested
    class Plain {
        @Test
        void matchesWhenDecorationsLeftOutThenTrue() {
            assertThat(ReplyMatcher.matches("(integer) 2", "2")).isTrue();
            assertThat(ReplyMatcher.matches("\"v\"", "v")).isTrue();
            assertThat(ReplyMatcher.matches("(nil)", "nil")).isTrue();
            assertThat(ReplyMatcher.matches("1) \"a\"\n2) \"b\"", "a\nb")).isTrue();
        }

        @Test
        void matchesWhenOnlyTheErrorWordsGivenThenTrueCaseInsensitive() {
            assertThat(ReplyMatcher.matches("(error) ERR syntax error", "err syntax error")).isTrue();
        }
    }

    @Nested
    class Placeholders {
        @Test
        void matchesWhenPlaceholderStandsForAnyIntegerThenTrue() {
            assertThat(ReplyMatcher.matches("(integer) {{posint}}", "(integer) 99")).isTrue();
            assertThat(ReplyMatcher.matches("(integer) {{posint}}", "(integer) 0")).isFalse();
            assertThat(ReplyMatcher.matches("(integer) {{int}}", "-5")).isTrue();
        }

        @Test
        void matchesWhenRegexCharactersInExpectedThenTakenLiterally() {
            assertThat(ReplyMatcher.matches("(error) ERR value is not an integer or out of range",
                    "(error) ERR value is not an integer or out of range")).isTrue();
            assertThat(ReplyMatcher.matches("a.b", "axb")).isFalse();
        }
    }
}
