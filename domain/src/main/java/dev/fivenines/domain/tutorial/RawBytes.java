package dev.fivenines.domain.tutorial;

import java.io.ByteArrayOutputStream;

/**
 * The notation raw steps use for bytes on the wire, the one {@code printf} reads: printable ASCII as
 * itself, {@code \r \n \t \\} and {@code \xHH} for any other byte. A learner can paste it into
 * {@code printf '...' | nc host port} unchanged, and a reply written back in it is unambiguous.
 */
public final class RawBytes {

    /** What a raw step's reply says when the server closed the connection after (or without) replying. */
    public static final String CLOSED = "[connection closed by server]";
    /** What a raw step's reply says when nothing came back and the connection stayed open. */
    public static final String NO_REPLY = "(no reply)";

    private RawBytes() {
    }

    /** @throws IllegalArgumentException naming the bad escape or character */
    public static byte[] decode(String notation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < notation.length(); i++) {
            char c = notation.charAt(i);
            if (c > 0x7e || (c < 0x20)) {
                throw new IllegalArgumentException("character U+%04X at character %d: write it as \\xHH".formatted((int) c, i + 1));
            }
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i + 1 >= notation.length()) {
                throw new IllegalArgumentException("a lone \\ at the end: write \\\\ for a backslash");
            }
            char e = notation.charAt(++i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    int value = hexByte(notation, i + 1, i);
                    out.write(value);
                    i += 2;
                }
                default -> throw new IllegalArgumentException(
                        "unknown escape \\" + e + " at character " + i + ": use \\r \\n \\t \\\\ or \\xHH");
            }
        }
        return out.toByteArray();
    }

    public static String encode(byte[] bytes, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\\' -> text.append("\\\\");
                default -> text.append(b >= 0x20 && b <= 0x7e ? String.valueOf((char) b) : "\\x%02x".formatted(b));
            }
        }
        return text.toString();
    }

    /** A raw step's reply as content writes it: the bytes, then {@link #CLOSED} on its own line if closed. */
    public static String transcript(byte[] bytes, int length, boolean closed) {
        String received = encode(bytes, length);
        if (!closed) {
            return received.isEmpty() ? NO_REPLY : received;
        }
        return received.isEmpty() ? CLOSED : received + "\n" + CLOSED;
    }

    /** @param escapeAt the 1-based character where the {@code \x} escape starts, for the message */
    private static int hexByte(String notation, int at, int escapeAt) {
        String problem = "\\x at character " + escapeAt + " needs two hex digits";
        if (at + 2 > notation.length()) {
            throw new IllegalArgumentException(problem);
        }
        int high = Character.digit(notation.charAt(at), 16);
        int low = Character.digit(notation.charAt(at + 1), 16);
        if (high < 0 || low < 0) {
            throw new IllegalArgumentException(problem);
        }
        return high * 16 + low;
    }
}
