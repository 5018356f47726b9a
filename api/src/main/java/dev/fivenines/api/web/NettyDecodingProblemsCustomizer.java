package dev.fivenines.api.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link NettyDecodingProblems} on the server Boot builds. */
@Component
class NettyDecodingProblemsCustomizer implements NettyServerCustomizer {

    private final NettyDecodingProblems handler;

    NettyDecodingProblemsCustomizer(JsonMapper json) {
        this.handler = new NettyDecodingProblems(json);
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return handler.installOn(server);
    }
}
