package dev.fivenines.feedback.check;

import dev.fivenines.feedback.check.DiagramView.Message;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reachability over a diagram's messages, with and without time order. */
final class Flows {

    private Flows() {
    }

    /** Every element reachable from {@code starts}, in any order (starts included). */
    static Set<String> reachable(List<Message> messages, Set<String> starts) {
        Set<String> seen = new HashSet<>(starts);
        ArrayDeque<String> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            String cur = queue.poll();
            for (Message m : messages) {
                if (m.from().equals(cur) && seen.add(m.to())) {
                    queue.add(m.to());
                }
            }
        }
        return seen;
    }

    /**
     * Earliest-arrival over messages in index order: each hop must be later than the one that
     * reached its sender, and every index must lie in {@code (after, before)}. Messages are in
     * index order, so one pass finds every element such a chain can reach.
     */
    static Set<String> arrivals(List<Message> messages, Set<String> starts, int after, int before) {
        Map<String, Integer> arrival = new HashMap<>();
        starts.forEach(s -> arrival.put(s, after));
        for (Message m : messages) {
            Integer at = arrival.get(m.from());
            if (m.index() > after && m.index() < before && at != null && at < m.index()) {
                arrival.putIfAbsent(m.to(), m.index());
            }
        }
        return arrival.keySet();
    }
}
