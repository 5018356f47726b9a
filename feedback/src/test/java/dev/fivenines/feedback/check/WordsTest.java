package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void ofWhenCamelCaseThenSplitsIntoLowerCaseTokens() {
        assertThat(Words.of("redisDb").text()).isEqualTo("redi db");
        assertThat(Words.of("lookupKeyRead").tokens()).containsExactly("lookup", "key", "read");
    }

    @Test
    void ofWhenAcronymBeforeWordThenSplitsAtTheWord() {
        assertThat(Words.of("RESPParser").tokens()).containsExactly("resp", "parser");
    }

    @Test
    void ofWhenSnakeKebabOrPunctuationThenSingleSpaces() {
        assertThat(Words.of("query_buf").text()).isEqualTo("query buf");
        assertThat(Words.of("Query-Buf").text()).isEqualTo("query buf");
        assertThat(Words.of("  \"SET k v\" (RESP)!").text()).isEqualTo("set k v resp");
    }

    @Test
    void ofWhenPluralThenStemmedButDoubleSKept() {
        assertThat(Words.of("keys dicts").tokens()).containsExactly("key", "dict");
        assertThat(Words.of("process access").tokens()).containsExactly("process", "access");
    }

    @Test
    void ofWhenNullOrBlankThenEmpty() {
        assertThat(Words.of(null).isEmpty()).isTrue();
        assertThat(Words.of(" \t").isEmpty()).isTrue();
    }

    @Test
    void phraseMatchWhenSpacingDiffersThenStillMatches() {
        assertThat(Words.of("the key space").phraseMatch(Words.of("keyspace"))).isEqualTo(8);
        assertThat(Words.of("Keyspace dict").phraseMatch(Words.of("key space"))).isEqualTo(8);
        assertThat(Words.of("redisDb.dict").phraseMatch(Words.of("redisDb"))).isPositive();
    }

    @Test
    void phraseMatchWhenOnlyPartOfAWordThenNoMatch() {
        assertThat(Words.of("GET k").phraseMatch(Words.of("set"))).isZero();
        assertThat(Words.of("dictionary").phraseMatch(Words.of("dict"))).isZero();
        assertThat(Words.of("offset").phraseMatch(Words.of("set"))).isZero();
    }
}
