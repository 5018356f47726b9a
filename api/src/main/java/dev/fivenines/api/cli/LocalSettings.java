package dev.fivenines.api.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The few settings commands need without starting Spring, resolved the way the server resolves
 * them: a {@code -D} system property first, then the FIVENINES_* environment variable, then the
 * default (which for the data directory follows {@code -Duser.home}).
 */
record LocalSettings(Path dataDir, String localIssuer, String audience) {

    static LocalSettings resolve(Map<String, String> env) {
        Path dataDir = Path.of(setting("fivenines.data-dir", env,
                Path.of(System.getProperty("user.home"), ".fivenines").toString()));
        return new LocalSettings(dataDir,
                setting("fivenines.security.local-issuer", env, "fivenines-local"),
                setting("fivenines.security.audience", env, "fivenines-api"));
    }

    private static String setting(String property, Map<String, String> env, String fallback) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = env.get(property.toUpperCase().replace('.', '_').replace('-', '_'));
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : fallback;
    }
}
