package dev.fivenines.content.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code redis-cli} binary, so replies are formatted exactly as learners see them
 * (no home-made formatter to drift from redis-cli's own).
 */
final class RedisCli {

    /** Every check runs in this database, so it never touches keys of other users of the server. */
    static final int DATABASE = 9;

    private final Path binary;
    private final RedisTarget target;

    private RedisCli(Path binary, RedisTarget target) {
        this.binary = binary;
        this.target = target;
    }

    static Optional<RedisCli> find(RedisTarget target) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/usr/local/bin");
        return Arrays.stream(path.split(":"))
                .map(dir -> Path.of(dir, "redis-cli"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(binary -> new RedisCli(binary, target));
    }

    /** Opens one interactive connection, as a learner's terminal would. */
    CliSession openSession(String client) throws IOException {
        return new CliSession(client, startProcess(List.of("--no-raw")));
    }

    /**
     * Runs one command on a fresh connection in {@code --raw} mode and returns its output lines;
     * used for bookkeeping (CONFIG GET/SET, FLUSHDB), never for a learner-visible reply.
     */
    List<String> runRaw(String... args) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--raw"));
        arguments.addAll(List.of(args));
        Process process = startProcess(arguments);
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("redis-cli did not finish: " + String.join(" ", args));
        }
        String text = new String(out, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private Process startProcess(List<String> extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "-h", target.host(), "-p", String.valueOf(target.port()), "-n", String.valueOf(DATABASE)));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (target.password() != null) {
            // REDISCLI_AUTH keeps the password off the command line and out of the output.
            builder.environment().put("REDISCLI_AUTH", target.password());
        }
        return builder.start();
    }
}
