package dev.fivenines.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import dev.fivenines.content.ContentValidateCommand;
import dev.fivenines.content.BundledReviewCommand;
import dev.fivenines.feedback.d2.cli.D2GraphCommand;

/**
 * The jar is both the server and the command-line tool. When the first argument names a command,
 * that command runs without starting the web server or the database. The server starts only with
 * no arguments or with {@code --name=value} settings: any other first word is a mistyped command,
 * and a server started for it would take the data directory (it once killed a running instance's
 * database), so it gets the usage and exit code 2.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The command's exit code, or empty when the arguments are for the server. */
    public static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isServerSetting(args[0])) {
            return ServerPreflight.refuseIfTaken(args, System.getenv(), Path.of("").toAbsolutePath(), err);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        LocalSettings settings = LocalSettings.resolve(System.getenv());
        return switch (args[0]) {
            case "dev-token" -> Optional.of(new DevTokenCommand(settings, Clock.systemUTC()).run(rest, out, err));
            case "d2" -> Optional.of(subcommand(rest, "graph", D2_GRAPH_USAGE, err,
                    files -> D2GraphCommand.run(files, out, err)));
            case "review" -> Optional.of(BundledReviewCommand.run(rest, out, err));
            case "content" -> Optional.of(subcommand(rest, "validate", CONTENT_VALIDATE_USAGE, err,
                    dirs -> ContentValidateCommand.run(dirs, out, err)));
            case "help", "--help", "-h" -> Optional.of(help(out));
            default -> Optional.of(unknown(args[0], err));
        };
    }

    private static boolean isServerSetting(String arg) {
        return arg.startsWith("--") && !arg.equals("--help");
    }

    private static int unknown(String command, PrintStream err) {
        err.println("fivenines: unknown command '" + command + "'");
        err.println();
        usage(err);
        return 2;
    }

    private static final String D2_GRAPH_USAGE = "d2 graph FILE...";
    private static final String REVIEW_USAGE = "review --tutorial SLUG FILE...";
    private static final String CONTENT_VALIDATE_USAGE = "content validate [DIR]";

    /** {@code WORD SUBCOMMAND args...}: runs the action on args, or prints usage and exits 2. */
    private static int subcommand(List<String> args, String expected, String usage, PrintStream err,
                                  java.util.function.ToIntFunction<List<String>> action) {
        if (args.isEmpty() || !args.getFirst().equals(expected)) {
            err.println("usage: " + usage);
            return 2;
        }
        return action.applyAsInt(args.subList(1, args.size()));
    }

    private static int help(PrintStream out) {
        usage(out);
        return 0;
    }

    private static void usage(PrintStream out) {
        out.println("""
                fivenines: learn how Redis works inside by drawing it in D2.

                usage: java -jar fivenines.jar [--server.port=8080 ...]     start the API server
                       java -jar fivenines.jar COMMAND ...

                commands:
                  %s
                                 print a token signed with this data directory's local key (FIVENINES_DATA_DIR,
                                 default ~/.fivenines); a server started with the same data directory accepts it
                  %s
                                 parse and compile D2 files; one JSON line per file (exit 1 if any is invalid)
                  %s
                                 the deterministic feedback; several files: one JSON line each (exit 0: every essential criterion passes)
                  %s
                                 check tutorial content (default: the bundled tutorials), file:line messages
                  help           this text
                """.formatted(DevTokenCommand.USAGE, D2_GRAPH_USAGE, REVIEW_USAGE, CONTENT_VALIDATE_USAGE));
    }
}
