package dev.fivenines.domain.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    @Test
    void ofWhenSameKeyThenStableAndDistinctPerLearner() {
        var pseudonyms = new Pseudonyms(KEY);
        assertThat(pseudonyms.of("alice")).isEqualTo(new Pseudonyms(KEY.clone()).of("alice"))
                .matches("learner-[0-9a-f]{16}")
                .isNotEqualTo(pseudonyms.of("bob"));
    }

    @Test
    void ofWhenGuessingTheSubjectThenThePlainHashDoesNotMatch() throws Exception {
        String plainHash = "learner-" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest("alice".getBytes(StandardCharsets.UTF_8)), 0, 8);
        assertThat(new Pseudonyms(KEY).of("alice")).isNotEqualTo(plainHash);
    }

    @Test
    void ofWhenAnotherKeyThenAnotherPseudonym() {
        byte[] other = Arrays.copyOf(KEY, KEY.length);
        other[0] ^= 1;
        assertThat(new Pseudonyms(other).of("alice")).isNotEqualTo(new Pseudonyms(KEY).of("alice"));
    }

    @Test
    void newWhenKeyShorterThan32BytesThenRefused() {
        assertThatThrownBy(() -> new Pseudonyms(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
