package dev.fivenines.content.practice;

import dev.fivenines.domain.tutorial.RawBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A plain TCP connection that writes bytes as they are, like {@code nc}: a raw step's reply is
 * whatever arrives until the server has been quiet for a moment, and whether it closed the socket.
 */
final class RawConnection implements AutoCloseable {

    /** How long nothing must arrive before a step counts as unanswered; Redis answers in microseconds. */
    static final Duration FIRST_BYTE_WAIT = Duration.ofMillis(300);
    /** Once bytes came, the reply is complete after this much quiet (or when the server closes). */
    static final Duration QUIET = Duration.ofMillis(100);

    private final Socket socket;
    private final InputStream in;
    private boolean closedByServer;

    RawConnection(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        in = socket.getInputStream();
    }

    /** Sends the bytes and returns the reply in {@link RawBytes#transcript} notation. */
    String send(byte[] bytes) throws IOException {
        if (!closedByServer) {
            try {
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                closedByServer = true;
            }
        }
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        socket.setSoTimeout((int) FIRST_BYTE_WAIT.toMillis());
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
                break;
            } catch (IOException e) {
                closedByServer = true; // a reset after the server closed is a close too
            }
        }
        byte[] received = reply.toByteArray();
        return RawBytes.transcript(received, received.length, closedByServer);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
