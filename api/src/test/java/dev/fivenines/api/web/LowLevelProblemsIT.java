package dev.fivenines.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.api.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors raised below Spring's handlers (probe 8.12) are problem+json too: the security firewall's
 * 400, and Reactor Netty's own 414 (request line too long) and 431 (headers too large). Sent over
 * a raw socket so no client normalises the request first.
 */
@IntegrationTest
class LowLevelProblemsIT {

    private static final String TYPES = "https://fivenines.dev/problems/";

    @LocalServerPort
    int port;

    @Test
    void pathTheFirewallRefusesThen400Problem() throws IOException {
        String response = exchange("GET /api/v1/tutorials/%2e%2e/admin/stats HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        expectProblem(response, 400, "malformed-request");
        assertThat(body(response)).doesNotContain("%2e");
    }

    @Test
    void traceThen400Problem() throws IOException {
        expectProblem(exchange("TRACE /api/v1/tutorials HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400, "malformed-request");
    }

    @Test
    void requestLineLongerThanTheLimitThen414Problem() throws IOException {
        expectProblem(exchange("GET /api/v1/tutorials?q=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                414, "uri-too-long");
    }

    @Test
    void headersLargerThanTheLimitThen431Problem() throws IOException {
        // Just over the 8 KB limit: the server reads it all, so it closes cleanly instead of resetting.
        expectProblem(exchange("GET /api/v1/tutorials HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + "x".repeat(9_000) + "\r\n\r\n"), 431, "headers-too-large");
    }

    @Test
    void garbageInsteadOfHttpThen400Problem() throws IOException {
        expectProblem(exchange("GET /api/v1/tutorials HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n"),
                400, "malformed-request");
    }

    private static void expectProblem(String response, int status, String type) {
        assertThat(response).startsWith("HTTP/1.1 " + status + " ");
        assertThat(headers(response).toLowerCase()).contains("content-type: application/problem+json");
        assertThat(body(response)).contains("\"type\":\"" + TYPES + type + "\"").contains("\"status\":" + status);
    }

    private static String headers(String response) {
        return response.substring(0, response.indexOf("\r\n\r\n"));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    /** What arrived before the server closed or reset the connection (it may reset after answering). */
    private static byte[] readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) != -1; ) {
                received.write(chunk, 0, n);
            }
        } catch (SocketException reset) {
            if (received.size() == 0) {
                throw reset;
            }
        }
        return received.toByteArray();
    }

    /** Sends raw bytes and reads until the server closes (all these answers close the connection). */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
        }
    }
}
