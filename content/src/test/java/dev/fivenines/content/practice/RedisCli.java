package dev.fivenines.content.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code redis-cli} binary against one node, so replies are formatted exactly as
 * learners see them (no home-made formatter to drift from redis-cli's own).
 *
 * @param password the node's requirepass, passed through REDISCLI_AUTH; null for none
 */
record RedisCli(Path binary, int port, String password) {

    /**
     * Opens one interactive connection, as a learner's terminal would: never authenticated for them,
     * so a scenario on a server with requirepass shows its own AUTH step.
     */
    CliSession openSession(String client) throws IOException {
        return new CliSession(client, startProcess(List.of("--no-raw"), false));
    }

    /**
     * Runs one command on a fresh connection in {@code --raw} mode and returns its output lines;
     * used for bookkeeping (CONFIG GET/SET), never for a learner-visible reply.
     */
    List<String> runRaw(String... args) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--raw"));
        arguments.addAll(List.of(args));
        Process process = startProcess(arguments, true);
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("redis-cli did not finish: " + String.join(" ", args));
        }
        String text = new String(out, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private Process startProcess(List<String> extraArgs, boolean authenticate) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-h", "127.0.0.1", "-p", String.valueOf(port)));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (authenticate && password != null) {
            // REDISCLI_AUTH keeps the password off the command line and out of the output.
            builder.environment().put("REDISCLI_AUTH", password);
        }
        return builder.start();
    }
}
