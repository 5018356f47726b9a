package dev.fivenines.content.practice;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the practice checks of every bundled tutorial ({@code tutorials/<slug>/tutorial.yaml} on the
 * classpath). Only the fields this test needs are bound; the content validator checks the rest.
 */
final class PracticeCheckFiles {

    record Step(String client, String command, String reply) {
    }

    record Check(String id, List<Step> setup, Step command, String answer, Map<String, Object> serverConfig) {
        Check {
            setup = setup == null ? List.of() : List.copyOf(setup);
            serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
        }
    }

    record TutorialChecks(String slug, List<Check> practiceChecks) {
    }

    private record TutorialYaml(List<Check> practiceChecks) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PracticeCheckFiles() {
    }

    static List<TutorialChecks> load() throws IOException, URISyntaxException {
        // Test resources also have a tutorials/ folder (the variants), so look at every root.
        List<Path> files = new ArrayList<>();
        for (URL root : Collections.list(PracticeCheckFiles.class.getClassLoader().getResources("tutorials"))) {
            try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
                dirs.map(dir -> dir.resolve("tutorial.yaml")).filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files.stream().sorted().map(PracticeCheckFiles::read).toList();
    }

    private static TutorialChecks read(Path file) {
        TutorialYaml yaml = YAML.readValue(file.toFile(), TutorialYaml.class);
        List<Check> checks = yaml.practiceChecks() == null ? List.of() : yaml.practiceChecks();
        return new TutorialChecks(file.getParent().getFileName().toString(), checks);
    }
}
