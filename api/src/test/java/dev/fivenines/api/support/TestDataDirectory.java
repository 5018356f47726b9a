package dev.fivenines.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test context of this JVM one private data directory (signing key and all), so tests
 * never read or write the developer's {@code ~/.fivenines}.
 */
public final class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Path PATH = create();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("testDataDirectory", Map.of("fivenines.data-dir", PATH.toString())));
    }

    private static Path create() {
        try {
            return Files.createTempDirectory("fivenines-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
