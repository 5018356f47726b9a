package dev.fivenines.content.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.ScenarioStep;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigGuardTest {

    private static PracticeCheck check(Map<String, String> serverConfig, String... commands) {
        List<ScenarioStep> setup = Arrays.stream(commands).<ScenarioStep>map(c -> new CliStep("A", c, "OK")).toList();
        return new PracticeCheck("x", "q?", setup, new CliStep("A", "PING", null), "PONG", List.of(), "e", serverConfig);
    }

    @Test
    void touchedParametersWhenServerConfigThenItsKeys() {
        assertThat(ConfigGuard.touchedParameters(check(Map.of("maxmemory-policy", "noeviction"))))
                .containsExactly("maxmemory-policy");
    }

    @Test
    void touchedParametersWhenSetupRunsConfigSetThenEveryParameterLowerCased() {
        assertThat(ConfigGuard.touchedParameters(check(Map.of(),
                "config set Zset-Max-Listpack-Entries 2 hz 20", "SET k v", "CONFIG GET hz")))
                .containsExactly("hz", "zset-max-listpack-entries");
    }

    @Test
    void touchedParametersWhenNoConfigThenEmpty() {
        assertThat(ConfigGuard.touchedParameters(check(Map.of(), "SET k v"))).isEmpty();
    }
}
