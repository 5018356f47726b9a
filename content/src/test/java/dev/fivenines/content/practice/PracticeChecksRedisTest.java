package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.content.YamlTutorialCatalog;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.Tutorial;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every practice check of every bundled tutorial against redis-server processes this class
 * starts (never the server on 6379), through the real redis-cli or a raw socket, and asserts that
 * each setup reply and the answer are what the content promises. Checks share one topology of each
 * shape, emptied (FLUSHALL) between checks, with any server parameter a check changes restored; a
 * check that restarts servers or sets server options gets servers of its own.
 */
class PracticeChecksRedisTest {

    @RegisterExtension
    static final RedisServers servers = new RedisServers();

    @TestFactory
    Stream<DynamicNode> practiceCheckWhenRunAgainstRedisThenRepliesMatchTheContent() {
        // The content loader parses tutorial.yaml, so the format is read in one place only.
        YamlTutorialCatalog catalog = YamlTutorialCatalog.bundled();
        assertThat(catalog.problems()).as("content problems").isEmpty();
        List<Tutorial> tutorials = catalog.list().stream().flatMap(s -> catalog.find(s.slug()).stream()).toList();
        assertThat(tutorials).as("available tutorials").isNotEmpty();
        return tutorials.stream().map(tutorial -> DynamicContainer.dynamicContainer(tutorial.slug(),
                tutorial.practiceChecks().stream().map(check -> DynamicTest.dynamicTest(check.id(), () -> run(check)))));
    }

    private static void run(PracticeCheck check) throws Exception {
        boolean own = check.needsOwnServers();
        RedisTopology topology = own
                ? servers.own(check.topology(), check.serverOptions())
                : servers.shared(check.topology());
        try (ConfigGuard config = ConfigGuard.save(servers.cli(topology.node(null)), check);
             ScenarioRunner runner = new ScenarioRunner(topology, servers::cli)) {
            TopologyReset.empty(topology);
            config.apply(check.serverConfig());
            runner.verify(check);
        } finally {
            if (own) {
                servers.close(topology);
            } else {
                TopologyReset.empty(topology);
            }
        }
    }
}
