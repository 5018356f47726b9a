package dev.fivenines.api.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private static final List<String> PROXIES = List.of("10.0.0.0/8", "2001:db8:ffff::/48");

    private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
        return MockServerHttpRequest.get("/api/v1/d2/diagnostics").remoteAddress(new InetSocketAddress(peer, 40000));
    }

    @Test
    void ofWhenNoProxyTrustedThenThePeerWhateverTheHeadersSay() {
        var request = from("198.51.100.4").header("X-Forwarded-For", "203.0.113.7")
                .header("Forwarded", "for=203.0.113.8").build();
        assertThat(new ClientAddresses(List.of()).of(request)).isEqualTo("198.51.100.4");
    }

    @Test
    void ofWhenPeerIsNotATrustedProxyThenThePeer() {
        var request = from("198.51.100.4").header("X-Forwarded-For", "203.0.113.7").build();
        assertThat(new ClientAddresses(PROXIES).of(request)).isEqualTo("198.51.100.4");
    }

    @Test
    void ofWhenBehindTrustedProxiesThenTheRightMostUntrustedHop() {
        var request = from("10.0.0.2").header("X-Forwarded-For", "203.0.113.7, 10.1.2.3").build();
        assertThat(new ClientAddresses(PROXIES).of(request)).isEqualTo("203.0.113.7");
    }

    @Test
    void ofWhenTheClientForgedHopsThenTheAddressOurProxySawNotTheForgery() {
        var request = from("10.0.0.2").header("X-Forwarded-For", "6.6.6.6, 1.1.1.1")
                .header("X-Forwarded-For", "203.0.113.7").build();
        assertThat(new ClientAddresses(PROXIES).of(request)).isEqualTo("203.0.113.7");
    }

    @Test
    void ofWhenForwardedHeaderThenItWinsAndQuotedIpv6WithPortIsRead() {
        var request = from("10.0.0.2").header("X-Forwarded-For", "203.0.113.99")
                .header("Forwarded", "for=192.0.2.60;proto=http, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.2")
                .build();
        assertThat(new ClientAddresses(PROXIES).of(request))
                .isEqualTo(InetAddress.ofLiteral("2001:db8:cafe::17").getHostAddress());
    }

    @Test
    void ofWhenHopIsANameThenItIsNeverResolved() {
        var request = from("10.0.0.2").header("X-Forwarded-For", "localhost").build();
        assertThat(new ClientAddresses(PROXIES).of(request)).isEqualTo("localhost");
    }

    @Test
    void ofWhenTrustedPeerSendsNoHeaderThenThePeer() {
        assertThat(new ClientAddresses(PROXIES).of(from("10.0.0.2").build())).isEqualTo("10.0.0.2");
    }

    @Test
    void ofWhenEveryHopIsTrustedThenTheLeftMost() {
        var request = from("10.0.0.2").header("X-Forwarded-For", "10.9.9.9, 10.1.1.1").build();
        assertThat(new ClientAddresses(PROXIES).of(request)).isEqualTo("10.9.9.9");
    }

    @Test
    void literalWhenIpv4WithPortThenTheAddress() {
        assertThat(ClientAddresses.literal("203.0.113.7:8080")).isEqualTo(InetAddress.ofLiteral("203.0.113.7"));
        assertThat(ClientAddresses.literal("2001:db8::1")).isEqualTo(InetAddress.ofLiteral("2001:db8::1"));
        assertThat(ClientAddresses.literal("_hidden")).isNull();
    }
}
