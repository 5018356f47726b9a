package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every practice check of every bundled tutorial against a real redis-server through the real
 * redis-cli, and asserts that each setup reply and the answer are what the content promises.
 * Checks run in database {@value RedisCli#DATABASE}, flushed before and after each check, and any
 * server parameter a check changes is restored.
 */
class PracticeChecksRedisTest {

    @TestFactory
    Stream<DynamicNode> practiceCheckWhenRunAgainstRedisThenRepliesMatchTheContent() throws Exception {
        RedisTarget target = RedisTarget.fromEnvironment();
        assumeTrue(target.reachable(), () -> loud("no redis-server reachable at " + target
                + " (set REDIS_URL, e.g. redis://127.0.0.1:6379)"));
        Optional<RedisCli> cli = RedisCli.find(target);
        assumeTrue(cli.isPresent(), () -> loud("redis-cli is not on the PATH (install redis-tools)"));

        List<PracticeCheckFiles.TutorialChecks> tutorials = PracticeCheckFiles.load();
        assertThat(tutorials).as("bundled tutorials with a tutorial.yaml").isNotEmpty();
        return tutorials.stream().map(tutorial -> DynamicContainer.dynamicContainer(tutorial.slug(),
                tutorial.practiceChecks().stream().map(check -> DynamicTest.dynamicTest(check.id(),
                        () -> run(cli.get(), check)))));
    }

    private static void run(RedisCli cli, PracticeCheckFiles.Check check) throws Exception {
        assertThat(check.command()).as("command of %s", check.id()).isNotNull();
        try (ConfigGuard config = ConfigGuard.save(cli, check)) {
            cli.runRaw("FLUSHDB");
            config.apply(check.serverConfig());
            Map<String, CliSession> sessions = new LinkedHashMap<>();
            try {
                for (PracticeCheckFiles.Step step : check.setup()) {
                    String actual = session(cli, sessions, step.client()).run(step.command());
                    assertReply(check.id() + " setup '" + step.command() + "'", step.reply(), actual);
                }
                PracticeCheckFiles.Step asked = check.command();
                String actual = session(cli, sessions, asked.client()).run(asked.command());
                assertReply(check.id() + " '" + asked.command() + "'", check.answer(), actual);
            } finally {
                for (CliSession session : sessions.values()) {
                    session.close();
                }
                cli.runRaw("FLUSHDB");
            }
        }
    }

    private static CliSession session(RedisCli cli, Map<String, CliSession> sessions, String client)
            throws Exception {
        String letter = client == null ? "A" : client;
        CliSession existing = sessions.get(letter);
        if (existing != null) {
            return existing;
        }
        CliSession opened = cli.openSession(letter);
        sessions.put(letter, opened);
        return opened;
    }

    private static void assertReply(String what, String expected, String actual) {
        assertThat(expected).as("expected reply of %s", what).isNotNull();
        assertThat(ExpectedReply.of(expected).matches(actual))
                .as("%s%n  expected: %s%n  actual:   %s", what, expected.replace("\n", "\\n"), actual.replace("\n", "\\n"))
                .isTrue();
    }

    private static String loud(String reason) {
        return "\n*** PracticeChecksRedisTest SKIPPED: " + reason + " -- practice-check answers were NOT verified ***\n";
    }
}
