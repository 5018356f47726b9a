package dev.fivenines.api.support;

import dev.fivenines.api.FiveninesApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application started the way {@code java -jar} starts it (no test configuration), for tests
 * of start-up behaviour: the embedded default, restarts, external databases and issuers.
 */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningApp start(String... properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new RunningApp(new SpringApplicationBuilder(FiveninesApplication.class).run(args.toArray(String[]::new)));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port()).build();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
