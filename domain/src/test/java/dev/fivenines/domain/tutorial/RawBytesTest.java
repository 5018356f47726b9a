package dev.fivenines.domain.tutorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawBytesTest {

    @Test
    void decodeWhenEscapesThenTheBytesPrintfWouldSend() {
        assertThat(RawBytes.decode("*1\\r\\n$4\\r\\nPING\\r\\n"))
                .isEqualTo("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(RawBytes.decode("a\\\\b\\x00\\xff\\t")).containsExactly('a', '\\', 'b', 0, 0xff, '\t');
    }

    @Test
    void decodeWhenUnknownEscapeThenNamesItAndItsCharacter() {
        assertThatThrownBy(() -> RawBytes.decode("ab\\q")).hasMessageStartingWith("unknown escape \\q at character 3");
    }

    @Test
    void decodeWhenHexEscapeIsShortOrNotHexThenFails() {
        assertThatThrownBy(() -> RawBytes.decode("\\x4")).hasMessage("\\x at character 1 needs two hex digits");
        assertThatThrownBy(() -> RawBytes.decode("\\xzz")).hasMessage("\\x at character 1 needs two hex digits");
    }

    @Test
    void decodeWhenControlCharacterOrLoneBackslashThenFails() {
        assertThatThrownBy(() -> RawBytes.decode("a\rb")).hasMessageContaining("U+000D at character 2");
        assertThatThrownBy(() -> RawBytes.decode("a\\")).hasMessageContaining("lone \\");
    }

    @Test
    void transcriptWhenBytesThenEncodedBackAndDecodable() {
        byte[] reply = "-ERR x\r\n\u0001".getBytes(StandardCharsets.US_ASCII);
        String text = RawBytes.transcript(reply, reply.length, false);
        assertThat(text).isEqualTo("-ERR x\\r\\n\\x01");
        assertThat(RawBytes.decode(text)).isEqualTo(reply);
    }

    @Test
    void transcriptWhenClosedOrSilentThenSaysSo() {
        byte[] reply = "-ERR x\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(RawBytes.transcript(reply, reply.length, true)).isEqualTo("-ERR x\\r\\n\n" + RawBytes.CLOSED);
        assertThat(RawBytes.transcript(new byte[0], 0, true)).isEqualTo(RawBytes.CLOSED);
        assertThat(RawBytes.transcript(new byte[0], 0, false)).isEqualTo(RawBytes.NO_REPLY);
    }
}
