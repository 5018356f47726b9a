package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fivenines.content.YamlTutorialCatalog;
import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.ScenarioStep;
import dev.fivenines.domain.tutorial.Tutorial;
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
        skipLoudlyUnless(target.reachable(), "no redis-server reachable at " + target
                + " (set REDIS_URL, e.g. redis://127.0.0.1:6379)");
        Optional<RedisCli> cli = RedisCli.find(target);
        skipLoudlyUnless(cli.isPresent(), "redis-cli is not on the PATH (install redis-tools)");

        // The content loader parses tutorial.yaml, so the format is read in one place only.
        YamlTutorialCatalog catalog = YamlTutorialCatalog.bundled();
        assertThat(catalog.problems()).as("content problems").isEmpty();
        List<Tutorial> tutorials = catalog.list().stream().flatMap(s -> catalog.find(s.slug()).stream()).toList();
        assertThat(tutorials).as("available tutorials").isNotEmpty();
        return tutorials.stream().map(tutorial -> DynamicContainer.dynamicContainer(tutorial.slug(),
                tutorial.practiceChecks().stream().map(check -> DynamicTest.dynamicTest(check.id(),
                        () -> run(cli.get(), check)))));
    }

    private static void run(RedisCli cli, PracticeCheck check) throws Exception {
        assertThat(check.command()).as("command of %s", check.id()).isNotNull();
        try (ConfigGuard config = ConfigGuard.save(cli, check)) {
            cli.runRaw("FLUSHDB");
            config.apply(check.serverConfig());
            Map<String, CliSession> sessions = new LinkedHashMap<>();
            try {
                for (ScenarioStep scenarioStep : check.setup()) {
                    CliStep step = (CliStep) scenarioStep;
                    String actual = session(cli, sessions, step.client()).run(step.command());
                    assertReply(check.id() + " setup '" + step.command() + "'", step.reply(), actual);
                }
                CliStep asked = (CliStep) check.command();
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

    /** An aborted test factory is easy to miss in a build log, so the reason also goes to stderr. */
    private static void skipLoudlyUnless(boolean condition, String reason) {
        if (!condition) {
            String message = "*** PracticeChecksRedisTest SKIPPED: " + reason
                    + " -- practice-check answers were NOT verified ***";
            System.err.println(message);
            assumeTrue(false, message);
        }
    }
}
