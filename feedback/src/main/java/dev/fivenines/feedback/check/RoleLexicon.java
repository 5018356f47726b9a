package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every role's words for one rubric, indexed by how they start ({@link Phrases#startKeys}). The
 * reader compares each part of every name with every role; with this index a part costs one
 * look-up per token for all roles together, instead of one per token and role, and only the words
 * that could occur in it are compared. Built once per rubric and immutable afterwards, so reviews
 * share it.
 *
 * <p>The index loses no match: a word matches from some token on, either spelled (that token is a
 * prefix of the word's spelling, so they share its first character and, for a token of two or
 * more, its first two) or by stem (that token's stem is the word's first stem).
 */
final class RoleLexicon {

    /** One word of the role at {@code role} (its index in rubric order). */
    private record Entry(int role, Words words) {
    }

    private final List<Phrases> roles;
    private final Map<String, List<Entry>> byStart = new HashMap<>();

    /** @param roles each role's phrases, in rubric order */
    RoleLexicon(List<Phrases> roles) {
        this.roles = List.copyOf(roles);
        for (int i = 0; i < this.roles.size(); i++) {
            for (Words w : this.roles.get(i).words()) {
                for (String key : Phrases.startKeys(w)) {
                    byStart.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(i, w));
                }
            }
        }
    }

    /**
     * Per role, by index, the words the text could contain: those starting like one of the text's
     * tokens or stems (a word may be listed twice, which changes no match).
     */
    List<List<Words>> candidates(Words text) {
        // most roles have no candidate in a given name: they share one empty list instead of
        // each allocating its own
        @SuppressWarnings("unchecked")
        List<Words>[] out = new List[roles.size()];
        for (String key : Phrases.lookupKeys(text)) {
            List<Entry> found = byStart.get(key);
            if (found != null) {
                for (Entry e : found) {
                    if (out[e.role()] == null) {
                        out[e.role()] = new ArrayList<>();
                    }
                    out[e.role()].add(e.words());
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = List.of();
            }
        }
        return java.util.Arrays.asList(out);
    }
}
