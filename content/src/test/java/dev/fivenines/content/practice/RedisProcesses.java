package dev.fivenines.content.practice;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every redis-server process the suite started, so none outlives it: topologies stop theirs when
 * their test class ends, and a JVM shutdown hook kills (by pid) whatever a crash left running.
 */
final class RedisProcesses {

    private static final Set<ProcessHandle> STARTED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RedisProcesses::killAll, "redis-processes-reaper"));
    }

    private RedisProcesses() {
    }

    static void register(ProcessHandle process) {
        STARTED.add(process);
    }

    static List<ProcessHandle> alive() {
        return STARTED.stream().filter(ProcessHandle::isAlive).toList();
    }

    private static void killAll() {
        for (ProcessHandle process : STARTED) {
            process.destroyForcibly();
        }
    }
}
