package dev.fivenines.content.practice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One interactive {@code redis-cli --no-raw} process: one connection, so per-connection state
 * (HELLO 3, MULTI, the selected database) carries from step to step like in a terminal.
 * redis-cli prints no delimiter after a reply, so each command is followed by {@code PING <marker>} (Sentinel has no ECHO)
 * and the reply is everything printed before the marker comes back. Inside MULTI the marker would be
 * queued, so there the reply is what redis-cli prints before it falls quiet for a moment.
 */
final class CliSession implements AutoCloseable {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(15);
    private static final String EOF = "\u0000eof";
    /** redis-cli prints a reply in one burst; this much silence after its first line ends it. */
    private static final Duration QUIET = Duration.ofMillis(150);

    private final String client;
    private final Process process;
    private final Writer input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private boolean inTransaction;

    CliSession(String client, Process process) {
        this.client = client;
        this.process = process;
        this.input = process.outputWriter(StandardCharsets.UTF_8);
        Thread.ofVirtual().name("redis-cli-" + client).start(this::pumpOutput);
    }

    /** Sends one command line exactly as typed at the redis-cli prompt and returns what it printed. */
    String run(String commandLine) throws IOException, InterruptedException {
        String verb = commandLine.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
        if (inTransaction || verb.equals("MULTI")) {
            String reply = runUntilQuiet(commandLine);
            // A nested MULTI is refused with an error but the transaction goes on; EXEC and DISCARD always end it.
            inTransaction = verb.equals("MULTI") ? inTransaction || reply.equals("OK")
                    : !(verb.equals("EXEC") || verb.equals("DISCARD"));
            return reply;
        }
        String marker = "fivenines-" + UUID.randomUUID();
        input.write(commandLine + "\n" + "PING " + marker + "\n");
        input.flush();
        List<String> reply = new ArrayList<>();
        long deadline = System.nanoTime() + REPLY_TIMEOUT.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                throw new IOException("client " + client + ": no reply to '" + commandLine + "' (got " + reply + ")");
            }
            if (line.equals("\"" + marker + "\"")) {
                return String.join("\n", reply);
            }
            reply.add(line);
        }
    }

    private String runUntilQuiet(String commandLine) throws IOException, InterruptedException {
        input.write(commandLine + "\n");
        input.flush();
        List<String> reply = new ArrayList<>();
        String line = lines.poll(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        while (line != null && !line.equals(EOF)) {
            reply.add(line);
            line = lines.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (reply.isEmpty()) {
            throw new IOException("client " + client + ": no reply to '" + commandLine + "'");
        }
        return String.join("\n", reply);
    }

    private void pumpOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process is gone; run() reports the missing reply
        } finally {
            lines.add(EOF);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            input.close();
        } catch (IOException e) {
            // already closed by the process exiting
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
