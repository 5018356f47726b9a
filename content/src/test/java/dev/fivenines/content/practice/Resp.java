package dev.fivenines.content.practice;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's own minimal RESP2 client, for bookkeeping only (readiness, slots, replication
 * state): one command per connection, the reply flattened to text. Learner-visible replies always
 * come from redis-cli or from the raw bytes themselves.
 */
final class Resp {

    private static final int TIMEOUT_MILLIS = 2_000;

    private Resp() {
    }

    /** Sends one command; an error reply comes back as its text ({@code -ERR ...}), not as an exception. */
    static String call(int port, String... args) throws IOException {
        return call(port, null, args);
    }

    /** @param password sent with AUTH first when not null (a server started with requirepass) */
    static String call(int port, String password, String... args) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
            if (password != null) {
                out.write(encode("AUTH", password));
                out.flush();
                read(in);
            }
            out.write(encode(args));
            out.flush();
            return String.join("\n", read(in));
        }
    }

    /** Like {@link #call}, but a refused connection or a timeout reads as an empty reply. */
    static String tryCall(int port, String password, String... args) {
        try {
            return call(port, password, args);
        } catch (IOException e) {
            return "";
        }
    }

    static byte[] encode(String... args) {
        StringBuilder frame = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            frame.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        return frame.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> read(InputStream in) throws IOException {
        String line = line(in);
        char type = line.charAt(0);
        String rest = line.substring(1);
        return switch (type) {
            case '+', '-', ':' -> List.of(type == '-' ? line : rest);
            case '$' -> {
                int length = Integer.parseInt(rest);
                if (length < 0) {
                    yield List.of();
                }
                String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                line(in);
                yield List.of(text);
            }
            case '*' -> {
                List<String> items = new ArrayList<>();
                for (int i = Integer.parseInt(rest); i > 0; i--) {
                    items.addAll(read(in));
                }
                yield items;
            }
            default -> throw new IOException("unexpected RESP type byte in: " + line);
        };
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-reply");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
