package dev.fivenines.content.practice;

import dev.fivenines.domain.tutorial.RawBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A plain TCP connection that writes bytes as they are, like {@code nc}: a raw step's reply is
 * whatever arrives until the server has been quiet for a moment, and whether it closed the socket.
 */
final class RawConnection implements AutoCloseable {

    /** How long nothing must arrive before a step counts as unanswered; Redis answers in microseconds. */
    static final Duration FIRST_BYTE_WAIT = Duration.ofMillis(300);
    /** Once bytes came, the reply is complete after this much quiet (or when the server closes). */
    static final Duration QUIET = Duration.ofMillis(100);
    /** How long a reply that does not yet match may keep growing before it is judged as it is. */
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Socket socket;
    private final InputStream in;
    private boolean closedByServer;

    RawConnection(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        in = socket.getInputStream();
    }

    /**
     * Sends the bytes and returns the reply in {@link RawBytes#transcript} notation.
     *
     * @param complete whether a reply read so far is the whole of it; while it is not, reading goes on
     *                 after a quiet moment (a primary forks for BGSAVE before the RDB follows
     *                 +FULLRESYNC) until {@link #PATIENCE} has passed
     */
    String send(byte[] bytes, Predicate<String> complete) throws IOException {
        if (!closedByServer) {
            try {
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                closedByServer = true;
            }
        }
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            readUntilQuiet(reply);
            String transcript = RawBytes.transcript(reply.toByteArray(), reply.size(), closedByServer);
            if (closedByServer || complete.test(transcript) || System.nanoTime() > deadline) {
                return transcript;
            }
        }
    }

    private void readUntilQuiet(ByteArrayOutputStream reply) throws IOException {
        byte[] buffer = new byte[8192];
        socket.setSoTimeout((int) (reply.size() == 0 ? FIRST_BYTE_WAIT : QUIET).toMillis());
        while (!closedByServer) {
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    closedByServer = true;
                } else {
                    reply.write(buffer, 0, n);
                    socket.setSoTimeout((int) QUIET.toMillis());
                }
            } catch (SocketTimeoutException e) {
                return;
            } catch (IOException e) {
                closedByServer = true; // a reset after the server closed is a close too
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
