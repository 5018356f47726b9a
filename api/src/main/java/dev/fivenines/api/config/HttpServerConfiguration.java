package dev.fivenines.api.config;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time limits on reading requests that Boot has no property for. {@code server.netty.idle-timeout}
 * closes a connection that sends no request head; these close one whose body stops arriving
 * (Reactor Netty answers 408 when it still can, else closes the connection).
 */
@Configuration(proxyBeanMethods = false)
class HttpServerConfiguration {

    @Bean
    NettyServerCustomizer requestReadTimeouts(FiveninesProperties properties) {
        FiveninesProperties.Limits limits = properties.limits();
        return server -> server.readTimeout(limits.readTimeout()).requestTimeout(limits.requestTimeout());
    }
}
