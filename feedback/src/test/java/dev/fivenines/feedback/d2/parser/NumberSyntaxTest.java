package dev.fivenines.feedback.d2.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which unquoted values are numbers: the spellings Go's big.Rat.SetString accepts. */
class NumberSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "-7", "+3", "1.5", "1.", ".5", "-1.5e3", "2E-2", "1_000", "0x1F", "0x1p-2",
        "0b101", "0o17", "3/4", "-3/4", "0x10/0b11", "007"})
    void isNumberWhenGoRatAcceptsThenTrue(String text) {
        assertThat(NumberSyntax.isNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1/0", "1/-2", "12abc", "1e", "0x", "0b2", "1__0", "_1", "1_", "Inf", "NaN",
        "1.2.3", "1/2/3", "1 2"})
    void isNumberWhenGoRatRejectsThenFalse(String text) {
        assertThat(NumberSyntax.isNumber(text)).isFalse();
    }
}
