package dev.fivenines.api.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Reactor Netty cannot decode (a request line over the limit: 414; headers over the
 * limit: 431; not HTTP at all: 400) are answered by Reactor Netty itself, before Spring sees them,
 * with an empty body. This handler sits just after the HTTP codec and gives those answers the
 * problem+json body every other error of this API has. It rewrites only such empty, untyped
 * responses; Spring's error responses always carry a Content-Type (see {@link ProblemWriter}).
 */
@ChannelHandler.Sharable
final class NettyDecodingProblems extends ChannelOutboundHandlerAdapter {

    private final Map<Integer, byte[]> bodies;

    NettyDecodingProblems(JsonMapper json) {
        this.bodies = Stream.of(
                        Problem.of(ProblemType.MALFORMED_REQUEST, "The request is not well-formed HTTP."),
                        Problem.of(ProblemType.URI_TOO_LONG, "The request line (method, path and query) is longer "
                                + "than this server accepts."),
                        Problem.of(ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than this server "
                                + "accepts."))
                .collect(Collectors.toUnmodifiableMap(p -> p.status().value(),
                        p -> json.writeValueAsBytes(p.body(null))));
    }

    /** Installs the handler on every connection of {@code server}. */
    HttpServer installOn(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "fivenines.decodingProblems", this);
            }
        });
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof FullHttpResponse response && isBareDecodingFailure(response)) {
            byte[] body = bodies.get(response.status().code());
            FullHttpResponse problem = new DefaultFullHttpResponse(response.protocolVersion(), response.status(),
                    Unpooled.wrappedBuffer(body));
            problem.headers().set(response.headers())
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            response.release();
            ctx.write(problem, promise);
            return;
        }
        super.write(ctx, msg, promise);
    }

    private boolean isBareDecodingFailure(FullHttpResponse response) {
        return bodies.containsKey(response.status().code())
                && response.content().readableBytes() == 0
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
    }
}
