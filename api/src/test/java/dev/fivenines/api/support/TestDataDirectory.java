package dev.fivenines.api.support;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test context of this JVM one private data directory (signing key and all), so tests
 * never read or write the developer's {@code ~/.fivenines}; it is deleted when the JVM exits.
 */
public final class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Path PATH = TemporaryDirectories.create("fivenines-test-data", () -> { });

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("testDataDirectory", Map.of("fivenines.data-dir", PATH.toString())));
    }
}
