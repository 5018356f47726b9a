package dev.fivenines.api.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The jar is both the server and the command-line tool. When the first argument names a command,
 * that command runs without starting the web server or the database; otherwise the server starts.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The command's exit code, or empty when the arguments are for the server. */
    public static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        LocalSettings settings = LocalSettings.resolve(System.getenv());
        return switch (args[0]) {
            case "dev-token" -> Optional.of(new DevTokenCommand(settings, Clock.systemUTC()).run(rest, out, err));
            case "help", "--help", "-h" -> Optional.of(help(out));
            default -> Optional.empty();
        };
    }

    private static int help(PrintStream out) {
        out.println("""
                fivenines: learn how Redis works inside by drawing it in D2.

                usage: java -jar fivenines.jar [--server.port=8080 ...]     start the API server
                       java -jar fivenines.jar COMMAND ...

                commands:
                  %s
                  help                                    this text
                """.formatted(DevTokenCommand.USAGE));
        return 0;
    }
}
