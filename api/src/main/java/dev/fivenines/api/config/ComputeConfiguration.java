package dev.fivenines.api.config;

import dev.fivenines.api.compute.CpuPool;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CPU work pool that every parse, compile, lint and check runs on (never the event loop), with
 * Micrometer's executor metrics ({@code executor.active}, {@code executor.queued},
 * {@code executor.completed}, ... tagged {@code name=fivenines.cpu}).
 */
@Configuration(proxyBeanMethods = false)
class ComputeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ComputeConfiguration.class);

    @Bean(destroyMethod = "close")
    CpuPool cpuPool(FiveninesProperties properties, MeterRegistry metrics) {
        FiveninesProperties.Limits limits = properties.limits();
        CpuPool pool = new CpuPool(limits.cpuThreadsOrCores(), limits.cpuQueue(), limits.cpuTimeLimit());
        new ExecutorServiceMetrics(pool.executor(), "fivenines.cpu", List.of()).bindTo(metrics);
        log.info("CPU work pool: {} threads, {} queued at most, {} per task", limits.cpuThreadsOrCores(),
                limits.cpuQueue(), limits.cpuTimeLimit());
        return pool;
    }
}
