package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void scoreWhenLongerSynonymMatchesThenHigherScore() {
        Phrases expires = Phrases.of(List.of("expires dict"), List.of());
        Phrases keyspace = Phrases.of(List.of("dict"), List.of());
        assertThat(expires.score("Expires dict")).isGreaterThan(keyspace.score("Expires dict"));
    }

    @Test
    void matchesWhenPatternThenSearchedInNormalisedAndRawText() {
        Phrases parser = Phrases.of(List.of(), List.of("pars(e|er|ing)"));
        assertThat(parser.matches("RESPParser")).isTrue();
        Phrases integer = Phrases.labels(List.of("/\\(integer\\)/"));
        assertThat(integer.matches("(integer) 1")).isTrue();
        assertThat(integer.matches("integer")).isFalse();
    }

    @Test
    void matchesWhenAPatternIsFoundOnlyWhereTheTextDeniesItThenNoMatch() {
        Phrases leadingZero = Phrases.labels(List.of("/(^|[^0-9.])0[0-9]+\\b/"));
        assertThat(leadingZero.matches("plain number like 42 (not 007, not +5)")).isFalse();
        assertThat(leadingZero.matches("a number like 007")).isTrue();
        assertThat(leadingZero.matches("not 42 but 007")).isTrue();
    }

    @Test
    void matchesWhenLabelWordInSlashesThenRegex() {
        Phrases count = Phrases.labels(List.of("/^\\W*:?\\s*\\d+\\b/"));
        assertThat(count.matches(":1")).isTrue();
        assertThat(count.matches("OK")).isFalse();
    }

    @Test
    void matchesWhenBadPatternThenNeverMatchesInsteadOfThrowing() {
        Phrases bad = Phrases.of(List.of("db"), List.of("(unclosed"));
        assertThat(bad.matches("(unclosed")).isFalse();
        assertThat(bad.matches("main db")).isTrue();
    }

    @Test
    void matchesWhenEmptyOrNullTextThenFalse() {
        Phrases p = Phrases.labels(List.of("set"));
        assertThat(p.matches(null)).isFalse();
        assertThat(p.matches("")).isFalse();
    }

    @Test
    void matchesWhenConceptHoldsASeparablePhrasalVerbThenItsObjectMayStandInside() {
        Phrases delete = Phrases.labels(List.of("~delete"));
        assertThat(delete.matches("threw k out")).isTrue();
        assertThat(delete.matches("kicks the old key out")).isTrue();
        assertThat(delete.matches("got rid of k")).isTrue();
        assertThat(delete.matches("Take k out of here too")).isTrue();
        // throwing an error is no deletion, nor is a key thrown without "out"/"away"
        assertThat(delete.matches("throws an error")).isFalse();
    }

    @Test
    void matchesWhenABranchIsACTruthValueThenItIsYesOrNo() {
        assertThat(Phrases.labels(List.of("~yes")).matches("1")).isTrue();
        assertThat(Phrases.labels(List.of("~no")).matches("0")).isTrue();
        assertThat(Phrases.labels(List.of("~yes")).matches("0")).isFalse();
    }
}
