package dev.fivenines.content.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One redis-server process (or a Sentinel, which is redis-server with {@code --sentinel}) on its own
 * port and directory. A restart starts the same command line again, so the new process reloads what
 * the old one left in that directory.
 */
final class RedisNode {

    private static final Duration READY_LIMIT = Duration.ofSeconds(10);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    private final String name;
    private final int port;
    private final Path dir;
    private final List<String> command;
    private final String password;
    private Process process;

    private RedisNode(String name, int port, Path dir, List<String> command, String password) {
        this.name = name;
        this.port = port;
        this.dir = dir;
        this.command = List.copyOf(command);
        this.password = password;
    }

    /**
     * @param configFile a config file to start from (Sentinel needs one it can rewrite), or null
     * @param options    redis-server options, {@code --name value} pairs
     * @param password   the server's requirepass, used by the harness's own calls; null for none
     */
    static RedisNode start(Path binary, String name, int port, Path dir, Path configFile, List<String> options,
                           String password) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        if (configFile != null) {
            command.add(configFile.toString());
        }
        command.addAll(List.of("--port", String.valueOf(port), "--bind", "127.0.0.1", "--dir", dir.toString(),
                "--daemonize", "no", "--logfile", dir.resolve("redis.log").toString()));
        command.addAll(options);
        RedisNode node = new RedisNode(name, port, dir, command, password);
        node.launch();
        return node;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    /** A bookkeeping command through the harness's own client, authenticated when the server needs it. */
    String call(String... args) throws IOException {
        return Resp.call(port, password, args);
    }

    String tryCall(String... args) {
        return Resp.tryCall(port, password, args);
    }

    long pid() {
        return process.pid();
    }

    /** @param kill true for SIGKILL (kill -9), false for SIGTERM, which redis-server treats as SHUTDOWN */
    void restart(boolean kill) throws IOException {
        stop(kill);
        launch();
    }

    void stop(boolean kill) {
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        RedisProcesses.register(process.toHandle());
        try {
            // LOADING counts as up: the port answers, and the scenario decides what to wait for next.
            Waits.until(name + " (port " + port + ") to answer PING", READY_LIMIT, () -> {
                if (!process.isAlive()) {
                    // the topology deletes the directory on failure, so the log's end travels in the message
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log ends:\n"
                            + logTail());
                }
                String reply = tryCall("PING");
                return reply.equals("PONG") || reply.startsWith("-LOADING");
            });
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Option errors go to stderr (stdout.log) before redis.log is opened; later failures go to redis.log. */
    private String logTail() {
        StringBuilder tail = new StringBuilder();
        for (String log : List.of("stdout.log", "redis.log")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(log));
                lines.subList(Math.max(0, lines.size() - 10), lines.size()).forEach(l -> tail.append(l).append('\n'));
            } catch (IOException e) {
                // that log was never written
            }
        }
        return tail.toString().strip();
    }

    @Override
    public String toString() {
        return name + "@" + port;
    }
}
