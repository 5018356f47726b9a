package dev.fivenines.content.practice;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;

/**
 * The redis-server the practice checks run against: {@code REDIS_URL} when set, else 127.0.0.1:6379.
 *
 * @param password the password from the URL's user info, or null when the server needs none
 */
record RedisTarget(String host, int port, String password) {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    static RedisTarget fromEnvironment() {
        return parse(System.getenv("REDIS_URL"));
    }

    /** {@code redis://[[user]:password@]host[:port][/db]}; null or blank means the local default. */
    static RedisTarget parse(String url) {
        if (url == null || url.isBlank()) {
            return new RedisTarget("127.0.0.1", 6379, null);
        }
        URI uri = URI.create(url.strip());
        String password = Optional.ofNullable(uri.getUserInfo())
                .map(info -> info.contains(":") ? info.substring(info.indexOf(':') + 1) : info)
                .filter(p -> !p.isEmpty())
                .orElse(null);
        return new RedisTarget(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379, password);
    }

    boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
