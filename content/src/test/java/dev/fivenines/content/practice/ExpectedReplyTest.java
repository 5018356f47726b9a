package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedReplyTest {

    @Test
    void matchesWhenReplyIsLiterallyEqualThenTrue() {
        assertThat(ExpectedReply.of("1) \"f\"\n2) \"v\"").matches("1) \"f\"\n2) \"v\"")).isTrue();
    }

    @Test
    void matchesWhenLiteralDiffersThenFalse() {
        assertThat(ExpectedReply.of("(integer) -1").matches("(integer) -2")).isFalse();
    }

    @Test
    void matchesWhenRegexCharactersAreLiteralThenTheyAreNotInterpreted() {
        assertThat(ExpectedReply.of("(nil)").matches("(nil)")).isTrue();
        assertThat(ExpectedReply.of("a.c").matches("abc")).isFalse();
    }

    @Test
    void matchesWhenPosintPlaceholderThenOnlyPositiveIntegers() {
        ExpectedReply reply = ExpectedReply.of("(integer) {{posint}}");
        assertThat(reply.matches("(integer) 99")).isTrue();
        assertThat(reply.matches("(integer) 0")).isFalse();
        assertThat(reply.matches("(integer) -1")).isFalse();
    }

    @Test
    void matchesWhenAnyPlaceholderThenSpansLines() {
        ExpectedReply reply = ExpectedReply.of("2# \"version\" => \"{{any}}\"\n3# x");
        assertThat(reply.matches("2# \"version\" => \"7.0.15\"\n3# x")).isTrue();
        assertThat(reply.matches("2# \"version\" => \"7.0.15\"\n4# x")).isFalse();
    }

    @Test
    void matchesWhenFloatPlaceholderThenTimingLinesMatch() {
        assertThat(ExpectedReply.of("(nil)\n({{float}}s)").matches("(nil)\n(1.50s)")).isTrue();
    }

    @Test
    void ofWhenPlaceholderIsUnknownThenFails() {
        assertThatThrownBy(() -> ExpectedReply.of("{{integer}}")).isInstanceOf(IllegalArgumentException.class);
    }
}
