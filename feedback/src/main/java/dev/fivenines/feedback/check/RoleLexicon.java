package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every role's words for one rubric, indexed by how they start ({@link Phrases#startKeys}). The
 * reader compares each part of every name with every role; with this index a part costs one
 * look-up per token for all roles together, instead of one per token and role. Built once per
 * rubric and immutable afterwards, so reviews share it.
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
            Phrases phrases = this.roles.get(i);
            if (phrases.triesEveryWord()) {
                continue; // its words are all tried anyway
            }
            for (Words w : phrases.words()) {
                for (String key : Phrases.startKeys(w)) {
                    byStart.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(i, w));
                }
            }
        }
    }

    /**
     * Per role, by index, the words the text could contain: all of a role's words when it has few
     * ({@link Phrases#triesEveryWord}), otherwise those starting like one of the text's tokens or
     * stems, as {@link Phrases#best(Words, String, java.util.Set)} would gather them (a word may be
     * listed twice, which changes no match).
     */
    List<List<Words>> candidates(Words text) {
        List<List<Words>> out = new ArrayList<>(roles.size());
        for (Phrases phrases : roles) {
            out.add(phrases.triesEveryWord() ? phrases.words() : new ArrayList<>());
        }
        for (String key : Phrases.lookupKeys(text)) {
            List<Entry> found = byStart.get(key);
            if (found != null) {
                for (Entry e : found) {
                    out.get(e.role()).add(e.words());
                }
            }
        }
        return out;
    }
}
