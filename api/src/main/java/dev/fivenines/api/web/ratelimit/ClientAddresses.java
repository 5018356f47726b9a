package dev.fivenines.api.web.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;

/**
 * Which client a request comes from, for per-address rate limits. By default the TCP peer: headers
 * are set by whoever sends the request, so honouring them would let anyone pick their own bucket.
 * Behind a reverse proxy, though, every learner would share the proxy's bucket, so an operator may
 * name the proxies' addresses ({@code fivenines.trusted-proxies}, CIDR ranges). Only when the peer
 * is one of them are {@code Forwarded} (preferred) or {@code X-Forwarded-For} read, right to left:
 * the client is the right-most address no trusted proxy owns, since each proxy appends the address
 * it saw and anything further left may be forged.
 */
public final class ClientAddresses {

    private static final String UNKNOWN = "unknown";

    private final List<InetAddressMatcher> trusted;

    public ClientAddresses(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(InetAddressMatchers::fromIpAddress).toList();
    }

    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return UNKNOWN;
        }
        InetAddress peer = remote.getAddress();
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> hops = forwardedFor(request.getHeaders());
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                // A trusted proxy wrote something that is not an address ("unknown", an obfuscated
                // name): it still identifies this client as that proxy saw it.
                return hops.get(i);
            }
            if (!isTrusted(hop)) {
                return hop.getHostAddress();
            }
        }
        return hops.isEmpty() ? peer.getHostAddress() : literalOr(hops.getFirst(), peer);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.matches(address));
    }

    /** The hops, left (the original client) to right (the last proxy before us). */
    static List<String> forwardedFor(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = headers.getOrEmpty("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String line : forwarded) {
                for (String element : line.split(",")) {
                    for (String pair : element.split(";")) {
                        int eq = pair.indexOf('=');
                        if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase("for")) {
                            hops.add(pair.substring(eq + 1).strip());
                        }
                    }
                }
            }
            return hops;
        }
        for (String line : headers.getOrEmpty("X-Forwarded-For")) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    /**
     * An IP literal ({@code 203.0.113.7}, {@code "[2001:db8::1]:4711"}, {@code 203.0.113.7:80}) or
     * null. Never a DNS lookup: the value comes from a request.
     */
    static InetAddress literal(String hop) {
        String value = hop.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return null;
            }
            value = value.substring(1, close);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        try {
            return InetAddress.ofLiteral(value);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String literalOr(String hop, InetAddress fallback) {
        InetAddress address = literal(hop);
        return (address != null ? address : fallback).getHostAddress();
    }
}
