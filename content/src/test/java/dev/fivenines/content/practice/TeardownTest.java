package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.fivenines.domain.tutorial.Topology;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * No redis-server the harness started outlives its test class, even when the class's tests fail;
 * and without redis-server a class is skipped, saying so.
 */
class TeardownTest {

    private static final List<ProcessHandle> STARTED_BY_FAILING_CLASS = new CopyOnWriteArrayList<>();
    private static volatile boolean launching;

    @Test
    void teardownWhenTheTestsOfAClassFailThenEveryServerItStartedIsGone() {
        launching = true;
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(FailingClassWithServers.class)).build(), summary);
        } finally {
            launching = false;
        }
        assertThat(summary.getSummary().getTestsFailedCount()).as("the deliberately failing test failed").isEqualTo(1);
        assertThat(STARTED_BY_FAILING_CLASS).as("servers the failing class started").hasSize(7);
        assertThat(STARTED_BY_FAILING_CLASS).noneMatch(ProcessHandle::isAlive);
    }

    /**
     * Surefire runs test classes one after another in this JVM, so while this class runs every
     * server the suite started so far belongs to a class that has ended: none may still be alive.
     */
    @Test
    void teardownWhenNoClassIsRunningThenNoStartedServerIsAlive() {
        assertThat(RedisProcesses.alive()).as("redis-server processes still alive").isEmpty();
    }

    @Test
    void beforeAllWhenRedisServerIsNotOnThePathThenTheClassIsSkippedSayingWhatToInstall() {
        List<String> aborted = new CopyOnWriteArrayList<>();
        launching = true;
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(ClassWithoutRedis.class)).build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                                result.getThrowable().ifPresent(e -> aborted.add(e.getMessage()));
                            }
                        }
                    });
        } finally {
            launching = false;
        }
        assertThat(aborted).singleElement().asString()
                .contains("redis-server is not on the PATH", "apt-get install redis-server", "NOT verified");
    }

    static boolean launchedByTeardownTest() {
        return launching;
    }

    /** Started only through the launcher above; surefire skips nested classes. */
    @EnabledIf("dev.fivenines.content.practice.TeardownTest#launchedByTeardownTest")
    static class FailingClassWithServers {

        @RegisterExtension
        static final RedisServers servers = new RedisServers();

        @Test
        void failsWithTwoTopologiesRunning() throws Exception {
            for (RedisNode node : servers.shared(Topology.REPLICA).nodes()) {
                STARTED_BY_FAILING_CLASS.add(ProcessHandle.of(node.pid()).orElseThrow());
            }
            for (RedisNode node : servers.own(Topology.SENTINEL, java.util.Map.of()).nodes()) {
                STARTED_BY_FAILING_CLASS.add(ProcessHandle.of(node.pid()).orElseThrow());
            }
            throw new AssertionError("deliberate failure: the servers must still be torn down");
        }
    }

    /** Started only through the launcher above, with a PATH that holds no redis-server. */
    @EnabledIf("dev.fivenines.content.practice.TeardownTest#launchedByTeardownTest")
    static class ClassWithoutRedis {

        @RegisterExtension
        static final RedisServers servers = new RedisServers("");

        @Test
        void neverRuns() {
            throw new AssertionError("a class without redis-server must be skipped before its tests");
        }
    }
}
