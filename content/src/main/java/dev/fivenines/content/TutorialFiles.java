package dev.fivenines.content;

import dev.fivenines.domain.tutorial.Tutorial;

/** A loaded tutorial with the YAML files it came from, so that rules can point at lines. */
record TutorialFiles(Tutorial tutorial, YamlFile tutorialYaml, YamlFile rubricYaml) {
}
