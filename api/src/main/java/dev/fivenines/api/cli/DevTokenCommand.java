package dev.fivenines.api.cli;

import dev.fivenines.api.security.DevTokens;
import dev.fivenines.api.security.LocalSigningKey;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code dev-token --subject NAME [--admin] [--ttl 12h]}: prints a JWT signed with the local key,
 * which a server on the embedded default accepts (and a server with an external issuer rejects).
 */
final class DevTokenCommand implements Command {

    static final String USAGE = "dev-token --subject NAME [--admin] [--ttl DURATION, e.g. 12h or 30m]";

    private final LocalSettings settings;
    private final Clock clock;

    DevTokenCommand(LocalSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String subject = null;
        boolean admin = false;
        Duration ttl = Duration.ofHours(12);
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--subject" -> subject = i + 1 < args.size() ? args.get(++i) : null;
                case "--admin" -> admin = true;
                case "--ttl" -> {
                    ttl = i + 1 < args.size() ? parseDuration(args.get(++i)) : null;
                    if (ttl == null) {
                        return usage(err, "--ttl needs a duration such as 12h, 30m or PT1H");
                    }
                }
                default -> {
                    return usage(err, "unknown option " + args.get(i));
                }
            }
        }
        if (subject == null || subject.isBlank()) {
            return usage(err, "--subject is required");
        }
        var key = LocalSigningKey.loadOrCreate(settings.dataDir());
        var tokens = new DevTokens(key, settings.localIssuer(), settings.audience());
        out.println(tokens.mint(subject, admin, clock.instant(), ttl));
        // on stderr, so TOKEN=$(dev-token ...) still captures the token alone
        err.println("dev-token: signed with the key in " + settings.dataDir().toAbsolutePath()
                + "; only a server with the same data directory (FIVENINES_DATA_DIR) accepts it");
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("dev-token: " + problem);
        err.println("usage: " + USAGE);
        return 2;
    }

    static Duration parseDuration(String text) {
        try {
            if (text.matches("\\d+[smhd]")) {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                return switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            Duration parsed = Duration.parse(text);
            return parsed.isNegative() || parsed.isZero() ? null : parsed;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
