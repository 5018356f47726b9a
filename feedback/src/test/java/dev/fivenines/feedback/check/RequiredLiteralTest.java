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
}
