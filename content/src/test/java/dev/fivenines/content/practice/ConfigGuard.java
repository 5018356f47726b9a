package dev.fivenines.content.practice;

import dev.fivenines.domain.tutorial.CliStep;
import dev.fivenines.domain.tutorial.PracticeCheck;
import dev.fivenines.domain.tutorial.ScenarioStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Remembers the values of the server parameters a check changes (its {@code serverConfig} and any
 * {@code CONFIG SET} it runs) and puts them back afterwards, so a shared server is left as found.
 */
final class ConfigGuard implements AutoCloseable {

    private final RedisCli cli;
    private final Map<String, String> saved = new LinkedHashMap<>();

    private ConfigGuard(RedisCli cli) {
        this.cli = cli;
    }

    static ConfigGuard save(RedisCli cli, PracticeCheck check) throws IOException, InterruptedException {
        ConfigGuard guard = new ConfigGuard(cli);
        for (String parameter : touchedParameters(check)) {
            List<String> reply = cli.runRaw("CONFIG", "GET", parameter);
            if (reply.size() == 2) {
                guard.saved.put(parameter, reply.get(1));
            }
        }
        return guard;
    }

    void apply(Map<String, String> serverConfig) throws IOException, InterruptedException {
        for (Map.Entry<String, String> entry : serverConfig.entrySet()) {
            List<String> reply = cli.runRaw("CONFIG", "SET", entry.getKey(), entry.getValue());
            if (!reply.equals(List.of("OK"))) {
                throw new IOException("CONFIG SET " + entry.getKey() + " failed: " + reply);
            }
        }
    }

    /** The check's serverConfig keys plus every parameter its steps CONFIG SET, lower-cased. */
    static Set<String> touchedParameters(PracticeCheck check) {
        Set<String> parameters = new TreeSet<>(check.serverConfig().keySet());
        List<ScenarioStep> steps = new ArrayList<>(check.setup());
        steps.add(check.command());
        for (ScenarioStep scenarioStep : steps) {
            if (!(scenarioStep instanceof CliStep step)) {
                continue;
            }
            String[] words = step.command().strip().split("\\s+");
            if (words.length >= 3 && words[0].equalsIgnoreCase("CONFIG") && words[1].equalsIgnoreCase("SET")) {
                for (int i = 2; i < words.length; i += 2) {
                    parameters.add(words[i].toLowerCase(Locale.ROOT));
                }
            }
        }
        return parameters;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Map.Entry<String, String> entry : saved.entrySet()) {
            cli.runRaw("CONFIG", "SET", entry.getKey(), entry.getValue());
        }
    }
}
