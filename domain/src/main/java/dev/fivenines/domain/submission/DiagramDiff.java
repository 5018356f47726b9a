package dev.fivenines.domain.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A structural diff of two revisions' diagrams: elements and connections added, removed and
 * relabelled, each list sorted by id so equal inputs give equal diffs.
 */
public record DiagramDiff(List<String> shapesAdded, List<String> shapesRemoved, List<Relabel> shapesRelabelled,
                          List<String> connectionsAdded, List<String> connectionsRemoved,
                          List<Relabel> connectionsRelabelled) {

    public DiagramDiff {
        shapesAdded = List.copyOf(shapesAdded);
        shapesRemoved = List.copyOf(shapesRemoved);
        shapesRelabelled = List.copyOf(shapesRelabelled);
        connectionsAdded = List.copyOf(connectionsAdded);
        connectionsRemoved = List.copyOf(connectionsRemoved);
        connectionsRelabelled = List.copyOf(connectionsRelabelled);
    }

    public record Relabel(String id, String from, String to) {
    }

    /** No difference, for a revision that was not compared. */
    public static DiagramDiff none() {
        return new DiagramDiff(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static DiagramDiff between(DiagramOutline before, DiagramOutline after) {
        return new DiagramDiff(
                added(before.shapes(), after.shapes()), added(after.shapes(), before.shapes()),
                relabelled(before.shapes(), after.shapes()),
                added(before.connections(), after.connections()), added(after.connections(), before.connections()),
                relabelled(before.connections(), after.connections()));
    }

    private static List<String> added(Map<String, String> before, Map<String, String> after) {
        return new ArrayList<>(new TreeSet<>(after.keySet()).stream().filter(id -> !before.containsKey(id)).toList());
    }

    private static List<Relabel> relabelled(Map<String, String> before, Map<String, String> after) {
        return new TreeSet<>(after.keySet()).stream()
                .filter(id -> before.containsKey(id) && !Objects.equals(before.get(id), after.get(id)))
                .map(id -> new Relabel(id, before.get(id), after.get(id)))
                .toList();
    }
}
