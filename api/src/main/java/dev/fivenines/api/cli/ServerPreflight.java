package dev.fivenines.api.cli;

import dev.fivenines.api.persistence.embedded.DataDirectoryInUseException;
import dev.fivenines.api.persistence.embedded.DataDirectoryLock;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Turns a second server on the same embedded data directory away in about a second, before Spring
 * starts (which alone takes 5 s and more on a busy machine). It looks only where the directory is
 * certain from the command line, {@code -D} and the environment: anything that could point the
 * server elsewhere (a config file or location, profiles, SPRING_APPLICATION_JSON, a database URL)
 * skips it. It is a shortcut, not the guard: Spring's own check before its context refreshes and
 * the lock that {@code EmbeddedPostgresServer} holds decide.
 */
final class ServerPreflight {

    private static final List<String> REDIRECTING = List.of("spring.config.", "spring.profiles.",
            "spring.application.json", "spring.r2dbc.url", "fivenines.embedded-postgres.enabled");

    private ServerPreflight() {
    }

    /** Exit code 1 when another process serves the directory, else empty (start the server). */
    static Optional<Integer> refuseIfTaken(String[] args, Map<String, String> env, Path workingDirectory,
                                           PrintStream err) {
        Optional<Path> directory = embeddedDataDirectory(args, env, System::getProperty, workingDirectory);
        try {
            directory.ifPresent(DataDirectoryLock::refuseIfHeldElsewhere);
            return Optional.empty();
        } catch (DataDirectoryInUseException e) {
            err.println(e.getMessage());
            err.println("Use the running instance or stop it first, or give this one a data directory of its own "
                    + "(FIVENINES_DATA_DIR or --fivenines.data-dir=DIR).");
            return Optional.of(1);
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable here: leave it to the server's own check
        }
    }

    /** The embedded data directory the server will use, when nothing else could decide it. */
    static Optional<Path> embeddedDataDirectory(String[] args, Map<String, String> env,
                                                UnaryOperator<String> systemProperties, Path workingDirectory) {
        if (redirected(args, env) || hasLocalConfig(workingDirectory)) {
            return Optional.empty();
        }
        Optional<String> explicit = setting("fivenines.embedded-postgres.data-directory", args, env, systemProperties);
        if (explicit.isPresent()) {
            return Optional.of(Path.of(explicit.get()));
        }
        String dataDir = setting("fivenines.data-dir", args, env, systemProperties)
                .orElse(Path.of(systemProperties.apply("user.home"), ".fivenines").toString());
        return Optional.of(Path.of(dataDir, "pgdata"));
    }

    private static boolean redirected(String[] args, Map<String, String> env) {
        // Relaxed binding reads several spellings of these; rather than mirror them all, skip.
        if (env.keySet().stream().anyMatch(name -> name.startsWith("FIVENINES_EMBEDDED"))) {
            return true;
        }
        for (String prefix : REDIRECTING) {
            String envPrefix = envName(prefix);
            if (env.keySet().stream().anyMatch(name -> name.startsWith(envPrefix))
                    || System.getProperties().stringPropertyNames().stream().anyMatch(n -> n.startsWith(prefix))
                    || List.of(args).stream().anyMatch(arg -> arg.startsWith("--" + prefix))) {
                return true;
            }
        }
        return false;
    }

    /** Spring reads application.* and config/ from the working directory on top of the bundled one. */
    private static boolean hasLocalConfig(Path workingDirectory) {
        return Files.exists(workingDirectory.resolve("config"))
                || Stream.of("yaml", "yml", "properties")
                        .anyMatch(ext -> Files.exists(workingDirectory.resolve("application." + ext)));
    }

    private static Optional<String> setting(String name, String[] args, Map<String, String> env,
                                            UnaryOperator<String> systemProperties) {
        Optional<String> value = Optional.empty();
        for (String arg : args) { // Spring lets the command line win, and the last occurrence
            if (arg.startsWith("--" + name + "=")) {
                value = Optional.of(arg.substring(name.length() + 3));
            }
        }
        return value.or(() -> Optional.ofNullable(systemProperties.apply(name)))
                .or(() -> Optional.ofNullable(env.get(envName(name))))
                .or(() -> Optional.ofNullable(env.get(envName(name.replace("-", "")))))
                .filter(text -> !text.isBlank());
    }

    private static String envName(String property) {
        return property.toUpperCase().replace('.', '_').replace('-', '_');
    }
}
