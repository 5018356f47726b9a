package dev.fivenines.feedback.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void ofWhenCamelCaseThenSplitsIntoLowerCaseTokens() {
        assertThat(Words.of("redisDb").text()).isEqualTo("redis db");
        assertThat(Words.of("lookupKeyRead").tokens()).containsExactly("lookup", "key", "read");
    }

    @Test
    void ofWhenWordEndsInIsThenItIsNoPlural() {
        // the light plural stem drops a final s ("keys", "dicts"), but "this", "redis", "analysis" are no plurals
        assertThat(Words.of("this redis analysis keys dicts").tokens()).containsExactly("this", "redis", "analysis", "key", "dict");
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
    void ofWhenIrregularPastTenseThenStemmedLikeThePresent() {
        assertThat(Words.of("Command ran").stems()).isEqualTo(Words.of("command runs").stems());
        assertThat(Words.of("reply was sent").stems()).isEqualTo(Words.of("reply was sending").stems());
        // "got" would read as the GET command, so it stays itself
        assertThat(Words.of("got").stems()).containsExactly("got");
    }

    @Test
    void ofWhenPastTenseAuxiliaryThenReadAsPresent() {
        assertThat(Words.of("Was this node the master?").text()).isEqualTo("is this node the master");
        assertThat(Words.of("Had the time budget run out? Were they expired? Did k have a TTL?").tokens())
                .startsWith("has").contains("are").doesNotContain("had", "were", "did");
        // a negated past form stays a negation
        assertThat(Words.of("wasn't deleted").negated().get(2)).isTrue();
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

    /**
     * The tokenizer is a hand loop for speed; this pins it to the regex it replaced
     * ({@code [^\\p{L}\\p{N}]+} as separator) on random text mixing ASCII, accents, digits of
     * other scripts, number signs, combining marks, emoji and punctuation. A failure names its seed.
     */
    @Test
    void ofWhenRandomTextThenSameTokensAsTheRegexSplit() {
        Pattern separators = Pattern.compile("[^\\p{L}\\p{N}]+");
        String alphabet = "aZ9_- .:\"'(){}#/\\\tçÉß٣Ⅻ½\u0301İ漢字😀ǅ";
        int[] pool = alphabet.codePoints().toArray();
        for (long seed = 1; seed <= 20_000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String raw = text.toString();
            List<String> expected = new ArrayList<>();
            if (!raw.isBlank()) {
                for (String part : separators.split(Words.splitCamel(raw).toLowerCase(Locale.ROOT))) {
                    if (!part.isEmpty()) {
                        expected.add(Words.stem(part));
                    }
                }
            }
            assertThat(Words.of(raw).tokens()).as("seed %d: %s", seed, raw).isEqualTo(expected);
        }
    }

    @Test
    void phraseMatchWhenANegatingSubjectDeniesTheClauseThenItsObjectDoesNotMatch() {
        // "nothing" / "no one" is the subject: the whole clause is denied, however far its object
        assertThat(Words.of("send DEL to the replicas. Nothing goes to the AOF: reload skips them").phraseMatch(Words.of("aof"))).isZero();
        assertThat(Words.of("no one writes it to the AOF file").phraseMatch(Words.of("aof"))).isZero();
        // the denial ends with its clause, and a plain "no" still reaches three words only
        assertThat(Words.of("nothing waits: DEL goes to the AOF").phraseMatch(Words.of("aof"))).isPositive();
        assertThat(Words.of("no fsync here, written to the AOF").phraseMatch(Words.of("aof"))).isPositive();
    }
}
