package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

    @Test
    void ofWhenTopLevelLiteralThenTheLongestRun() {
        assertThat(RequiredLiteral.of("\\bnow\\s*(>|>=|past)")).isEqualTo("now");
        assertThat(RequiredLiteral.of("(over|above)\\s*(10|25)\\s*%?[^?]*expired")).isEqualTo("expired");
        assertThat(RequiredLiteral.of("\\bpersists?\\b")).isEqualTo("persist");
        assertThat(RequiredLiteral.of("ttl\\W*(=|:|to)?\\W*-1")).isEqualTo("ttl");
    }

    @Test
    void ofWhenNothingIsSurelyRequiredThenEmpty() {
        assertThat(RequiredLiteral.anyOf("\\b(p?expire|setex|getex)\\b")).containsExactly("expire", "setex", "getex");
        assertThat(RequiredLiteral.anyOf("ab|cd")).containsExactly("ab", "cd");
        assertThat(RequiredLiteral.anyOf("a|(x)?")).isEmpty();
        assertThat(RequiredLiteral.of("(?i)expired")).isEmpty();
        assertThat(RequiredLiteral.of("x{10}")).isEmpty();
        assertThat(RequiredLiteral.of("[abc]+")).isEmpty();
    }

    @Test
    void allOfWhenABranchNeedsSeveralThingsThenOneSetEach() {
        assertThat(RequiredLiteral.allOf("\\b(time|budget|timelimit)\\b.*\\b(up|over|exceeded)\\b"))
                .containsExactly(List.of("time", "budget", "timelimit"), List.of("up", "over", "exceeded"));
        assertThat(RequiredLiteral.allOf("\\bnow\\s*(>|>=|past|after)")).containsExactly(List.of("now"));
        assertThat(RequiredLiteral.allOf("bulk ?len(gth)?")).containsExactly(List.of("bulk"), List.of("len"));
        assertThat(RequiredLiteral.allOf("ab|cd")).containsExactly(List.of("ab", "cd"));
        assertThat(RequiredLiteral.allOf("(?i)expired")).isEmpty();
        assertThat(RequiredLiteral.allOf("[abc]+")).isEmpty();
    }

    @Test
    void allOfWhenFoundThenEveryMatchContainsOneOfEachSet() {
        List<String> patterns = List.of("\\bnow\\s*(>|>=|past|after)", "\\bexpired\\s*(>|>=|over)\\s*(10|25)\\s*%",
                "\\b(deadline|ttl|dl) (passed|reached)\\b", "multi ?bulk", "array (header|len|length)", "ab+c", "bulk ?len(gth)?",
                "\\b(time|budget|timelimit)\\b.*\\b(up|over|exceeded|used|left|spent|out)\\b", "\\bset\\b.*\\b(ex|px|exat|pxat)\\b",
                "(over|more than|above|>)\\s*(10|25)\\s*%?[^?]*expired", "^(replica|slave) or (master|primary)$");
        List<String> texts = List.of("now > deadline", "expired > 10%", "ttl passed", "multibulk", "multi bulk", "array len",
                "abbbc", "bulklen", "bulk length", "time budget used up", "timelimit exceeded", "set k v ex 10", "over 25% expired",
                "more than 10 % of keys expired", "replica or master", "slave or primary");
        for (String p : patterns) {
            for (List<String> anyOf : RequiredLiteral.allOf(p)) {
                for (String t : texts) {
                    if (Pattern.compile(p).matcher(t).find()) {
                        assertThat(anyOf).as(p + " on " + t).anyMatch(t::contains);
                    }
                }
            }
        }
    }

    @Test
    void ofWhenFoundThenEveryMatchContainsIt() {
        List<String> patterns = List.of("\\bnow\\s*(>|>=|past|after)", "\\bexpired\\s*(>|>=|over)\\s*(10|25)\\s*%",
                "\\b(deadline|ttl|dl) (passed|reached)\\b", "multi ?bulk", "array (header|len|length)", "ab+c", "bulk ?len(gth)?", "\\b(p?expire|setex|getex)\\b",
                "^(am i |is (this|it) )?(the |a )?(master|primary)( or (a )?(replica|slave))?$");
        List<String> texts = List.of("now > deadline", "expired > 10%", "ttl passed", "multibulk", "multi bulk",
                "array len", "abbbc", "bulklen", "bulk length", "pexpire", "setex k", "master", "am i the primary");
        for (String p : patterns) {
            java.util.List<String> any = RequiredLiteral.anyOf(p);
            for (String t : texts) {
                if (Pattern.compile(p).matcher(t).find() && !any.isEmpty()) {
                    assertThat(any).as(p + " on " + t).anyMatch(t::contains);
                }
            }
        }
    }

    @Test
    void allOfAnyLengthWhenOnlyOneCharacterLiteralsThenTheyAreRequired() {
        assertThat(RequiredLiteral.allOfAnyLength("(^|\\s)\\+[0-9]")).containsExactly(List.of("+"));
        assertThat(RequiredLiteral.allOfAnyLength("(^|[^0-9.])0[0-9]+\\b")).containsExactly(List.of("0"));
        assertThat(RequiredLiteral.allOfAnyLength("7\\.[2-9]|\\b[89]\\.[0-9]")).containsExactly(List.of("7.", "."));
        assertThat(RequiredLiteral.allOfAnyLength("\\bnow\\s*(>|>=|past|after)"))
                .containsExactly(List.of("now"), List.of(">", ">=", "past", "after"));
        assertThat(RequiredLiteral.allOfAnyLength("(?i)expired")).isEmpty();
        assertThat(RequiredLiteral.allOfAnyLength("\\d+")).isEmpty();
    }

    @Test
    void allOfAnyLengthWhenFoundThenEveryMatchContainsOneOfEachSet() {
        List<String> patterns = List.of("(^|\\s)\\+[0-9]", "(^|[^0-9.])0[0-9]+\\b", "7\\.[2-9]|\\b[89]\\.[0-9]",
                "7\\.0\\s*\\+|\\b7\\.0 (and|or|&) 7\\.2|(since|from) 7\\.0|\\b7\\.x\\b", "now\\s*\\+", "\\bat\\b",
                "int_?max|max.?int|2147483647|2\\^31|obj_shared_refcount", "\\(integer\\)\\s*\\d+", "a\\.?b", "x\\+{2}y");
        List<String> texts = List.of("+1", "x +5", "007", "a 0123", "7.2", "redis 8.0", "7.0+", "7.0 and 7.2", "since 7.0",
                "7.x", "now + ttl", "at 5", "int_max", "intmax", "max int", "2^31", "(integer) 1", "ab", "a.b", "x++y");
        for (String p : patterns) {
            for (List<String> anyOf : RequiredLiteral.allOfAnyLength(p)) {
                for (String t : texts) {
                    if (Pattern.compile(p).matcher(t).find()) {
                        assertThat(anyOf).as(p + " on " + t).anyMatch(t::contains);
                    }
                }
            }
        }
    }
}
