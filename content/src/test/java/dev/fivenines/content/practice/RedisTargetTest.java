package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisTargetTest {

    @Test
    void parseWhenNoUrlThenLocalDefaultPort() {
        assertThat(RedisTarget.parse(null)).isEqualTo(new RedisTarget("127.0.0.1", 6379, null));
        assertThat(RedisTarget.parse("  ")).isEqualTo(new RedisTarget("127.0.0.1", 6379, null));
    }

    @Test
    void parseWhenHostAndPortThenBoth() {
        assertThat(RedisTarget.parse("redis://redis.internal:6380")).isEqualTo(new RedisTarget("redis.internal", 6380, null));
    }

    @Test
    void parseWhenPortOmittedThen6379() {
        assertThat(RedisTarget.parse("redis://cache/0")).isEqualTo(new RedisTarget("cache", 6379, null));
    }

    @Test
    void parseWhenUserInfoThenPasswordWithoutUser() {
        assertThat(RedisTarget.parse("redis://default:s3cret@10.0.0.5:7000").password()).isEqualTo("s3cret");
        assertThat(RedisTarget.parse("redis://:s3cret@10.0.0.5:7000").password()).isEqualTo("s3cret");
    }

    @Test
    void toStringWhenPasswordSetThenNotShown() {
        assertThat(RedisTarget.parse("redis://:s3cret@h:1")).hasToString("h:1");
    }
}
