package dev.fivenines.domain.tutorial;

/**
 * Bytes written as they are to a plain TCP connection (what {@code printf '...' | nc} sends), so a
 * check can send a partial frame, an inline command or a malformed header.
 *
 * @param client names the connection; raw and redis-cli connections never share a name
 * @param node   the topology node it connects to; null for the topology's first node
 * @param bytes  the bytes in {@link RawBytes} notation ({@code *1\r\n$4\r\nPING\r\n})
 * @param reply  the bytes that came back, as {@link RawBytes#transcript} writes them; null for the
 *               asked step
 */
public record RawStep(String client, String node, String bytes, String reply) implements ScenarioStep {
}
