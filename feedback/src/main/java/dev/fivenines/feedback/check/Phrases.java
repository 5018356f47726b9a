package dev.fivenines.feedback.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.fivenines.domain.tutorial.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of words and regular expressions that text is matched against: a role's synonyms and
 * patterns, or the label words of an edge spec. Label words wrapped in slashes ({@code /\d+/})
 * are patterns; a word {@code ~delete} stands for a shared concept ({@link Concepts}). Words match
 * by meaning ({@link Words}: spacing, case, inflection, negation); patterns are searched in the
 * normalised text and in the raw lower-cased text, so they may rely on punctuation
 * ({@code \(integer\)}). Patterns run on RE2/J, in time linear in the text, because rubric
 * authors publish them at run time.
 */
final class Phrases {

    /**
     * Where and how strongly text matched: the token the match ends at, its length, and whether
     * only a generic word matched (one that other roles' names also contain, such as "dict").
     */
    record Match(int end, int length, boolean generic, int start, boolean exact, int firstEnd) {
        static final Match NONE = new Match(-1, 0, true, Integer.MAX_VALUE, false, -1);

        boolean found() {
            return length > 0;
        }

        /**
         * A specific word beats a generic one; then the later-ending match wins (the head of a
         * noun phrase: "keyspace expires" is the expires table); then the longer one.
         */
        boolean beats(Match other) {
            if (generic != other.generic) {
                return !generic;
            }
            if (exact != other.exact) {
                return exact; // "expired" as written beats "expires" by stem
            }
            return end != other.end ? end > other.end : length > other.length;
        }

        /**
         * For a sentence ("delete k from the keyspace"), the earliest match wins: a step is named
         * by what it does first, not by the last noun. A later match that shares a word with an
         * earlier one and goes on past it is the noun the earlier one's word belongs to: in "read
         * argument length $len" the verb reads an argument length, not an argument.
         */
        boolean beatsInSentence(Match other) {
            if (generic != other.generic) {
                return !generic;
            }
            if (exact != other.exact) {
                return exact;
            }
            if (continues(other) != other.continues(this)) {
                return continues(other);
            }
            return start != other.start ? start < other.start : length > other.length;
        }

        /**
         * True when this role's earliest match starts inside {@code other}'s earliest one (sharing
         * a word) and ends after it.
         */
        private boolean continues(Match other) {
            return other.firstEnd >= 0 && other.start < start && start <= other.firstEnd && firstEnd > other.firstEnd;
        }
    }

    private final List<Words> words;
    private final List<Pattern> patterns;
    /**
     * Per pattern, sets of literals of which every match contains one of each ({@link
     * RequiredLiteral#allOf}); none: always run.
     */
    private final java.util.Map<Pattern, LiteralGuard> required = new java.util.IdentityHashMap<>();

    /**
     * The words by the first two characters of their spelling and of their first stem (by the first
     * character for words of one): a text can only contain a phrase whose start one of its tokens
     * or stems shares, so each text is compared with those few phrases instead of all of them.
     */
    private final java.util.Map<String, List<Words>> byStart = new java.util.HashMap<>();

    private Phrases(List<Words> words, List<Pattern> patterns) {
        this.words = words;
        this.patterns = patterns;
        for (Words w : words) {
            startKeys(w).forEach(k -> byStart.computeIfAbsent(k, x -> new ArrayList<>()).add(w));
        }
        patterns.forEach(p -> required.put(p, new LiteralGuard(RequiredLiteral.allOfAnyLength(p.pattern()))));
    }

    /**
     * The keys a word is indexed under: the first two characters of its spelling and of its first
     * stem, and its first character (for one-character tokens such as "k" or "v").
     */
    static java.util.Set<String> startKeys(Words w) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        keys.add(start(w.compact()));
        keys.add(start(w.stems().getFirst()));
        if (w.compact().length() >= 1) {
            keys.add(w.compact().substring(0, 1));
        }
        return keys;
    }

    /** The keys a text looks its candidate words up under: the start of each token and of each stem. */
    static List<String> lookupKeys(Words text) {
        List<String> keys = new ArrayList<>(2 * text.tokens().size());
        for (int i = 0; i < text.tokens().size(); i++) {
            String token = text.tokens().get(i);
            String stem = text.stems().get(i);
            keys.add(start(token));
            if (!stem.equals(token)) {
                keys.add(start(stem));
            }
        }
        return keys;
    }

    /** Up to this many words, every word is tried: indexing by start would not save anything. */
    private static final int FEW_WORDS = 4;

    /** True when every word is tried against every text ({@link #candidates}). */
    private boolean triesEveryWord() {
        return words.size() <= FEW_WORDS;
    }

    static Phrases of(List<String> synonyms, List<String> patterns) {
        List<Words> words = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        for (String s : synonyms) {
            List<String> concept = Concepts.of(s);
            if (concept != null) {
                for (String word : concept) {
                    if (word.startsWith("/")) {
                        compile(word.substring(1, word.length() - 1), compiled);
                    } else if (!Words.of(word).isEmpty()) {
                        words.add(Words.of(word));
                    }
                }
            } else if (s.length() > 2 && s.startsWith("/") && s.endsWith("/")) {
                compile(s.substring(1, s.length() - 1), compiled);
            } else {
                Words w = Words.of(s);
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        patterns.forEach(p -> compile(p, compiled));
        return new Phrases(List.copyOf(words), List.copyOf(compiled));
    }

    /**
     * Compiled phrases are a pure function of content (rubric roles and label lists, never learner
     * input), so they are memoised across reviews; the cache is bounded by the content's size.
     */
    private static final Map<List<String>, Phrases> LABELS = new ConcurrentHashMap<>();
    private static final Map<Role, Phrases> ROLES = new ConcurrentHashMap<>();

    /** Label words: any of them may match. */
    static Phrases labels(List<String> labelWords) {
        return LABELS.computeIfAbsent(labelWords, words -> of(words, List.of()));
    }

    static Phrases role(Role role) {
        return ROLES.computeIfAbsent(role, r -> of(r.synonyms(), r.patterns()));
    }

    private static String start(String s) {
        return s.length() <= 2 ? s : s.substring(0, 2);
    }

    /** The words the text could contain: those starting like one of its tokens or stems. */
    private java.util.Collection<Words> candidates(Words text) {
        if (triesEveryWord()) {
            return words;
        }
        java.util.Set<Words> out = new java.util.LinkedHashSet<>();
        for (String key : lookupKeys(text)) {
            List<Words> found = byStart.get(key);
            if (found != null) {
                out.addAll(found);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return words.isEmpty() && patterns.isEmpty();
    }

    List<Words> words() {
        return words;
    }

    /** How strongly the text matches: the longest matched length, 0 when nothing matches. */
    int score(String raw) {
        return raw == null || raw.isBlank() ? 0 : score(Words.of(raw), raw.toLowerCase(Locale.ROOT));
    }

    /** As {@link #score(String)}, for text already normalised once ({@code lower}: raw, lower-cased). */
    int score(Words text, String lower) {
        int best = 0;
        for (Words w : candidates(text)) {
            best = Math.max(best, text.phraseMatch(w));
        }
        for (Pattern p : patterns) {
            if (cannotMatch(p, text.text(), lower)) {
                continue;
            }
            int normalised = affirmed(p, text);
            if (normalised < 0) {
                continue; // found only where the text denies it: "(not 007)"
            }
            best = Math.max(best, normalised > 0 ? normalised : find(p, lower));
        }
        return best;
    }

    /**
     * The length of the first match in the normalised text that covers a token outside a negation's
     * scope; -1 when every match lies inside one ("a plain number (not 007)" says no leading zero),
     * as words never match negated tokens; 0 when nothing matches.
     */
    private static int affirmed(Pattern p, Words text) {
        if (text.negated().isEmpty()) {
            return find(p, text.text());
        }
        String t = text.text();
        Matcher m = p.matcher(t);
        boolean denied = false;
        while (m.find()) {
            int from = m.start();
            while (from < m.end() && t.charAt(from) == ' ') {
                from++;
            }
            int first = tokenIndexAt(t, from + 1);
            int last = tokenIndexAt(t, m.end());
            if (from >= m.end() || text.negated().nextClearBit(first) <= last) {
                return Math.max(1, m.end() - m.start());
            }
            denied = true;
        }
        return denied ? -1 : 0;
    }

    /**
     * The best match in {@code text} by {@link Match#beats}: used to find the head noun of a name.
     *
     * @param generic this phrase set's words that count as generic in the rubric at hand
     */
    Match best(Words text, String lower, java.util.Set<Words> generic) {
        return best(text, lower, generic, candidates(text));
    }

    /**
     * As {@link #best(Words, String, java.util.Set)}, comparing the text with {@code candidates}
     * only: this set's words that the text could contain ({@link RoleLexicon}). The outcome does
     * not depend on their order, and a word listed twice changes nothing.
     */
    Match best(Words text, String lower, java.util.Set<Words> generic, java.util.Collection<Words> candidates) {
        Match best = Match.NONE;
        for (Words w : candidates) {
            int[] at = text.phraseMatchAt(w);
            if (at[1] == 0) {
                continue; // no match changes nothing below: most candidates do not occur
            }
            Match m = new Match(at[0], at[1], generic.contains(w), at[2], at[3] == 1, at[4]);
            boolean earlier = m.found() && (!best.found() || m.start < best.start);
            if (m.found() && (!best.found() || m.beats(best))) {
                best = new Match(m.end, m.length, m.generic, earlier ? m.start : best.start, m.exact,
                        earlier ? m.firstEnd : best.firstEnd);
            } else if (m.found()) {
                best = new Match(best.end, best.length, best.generic, Math.min(best.start, m.start), best.exact,
                        earlier ? m.firstEnd : best.firstEnd);
            }
        }
        for (Pattern p : patterns) {
            if (cannotMatch(p, text.text(), lower)) {
                continue;
            }
            Matcher m = p.matcher(text.text());
            if (m.find()) {
                int end = tokenIndexAt(text.text(), m.end());
                Match found = new Match(end, Math.max(1, m.end() - m.start()), false, tokenIndexAt(text.text(), m.start() + 1), true, end);
                best = combined(best, found);
            } else {
                Matcher raw = p.matcher(lower);
                if (raw.find()) {
                    // where it starts counts for a sentence, read by what it says first: the raw
                    // text's words before the match ("delete k from expires" names the deletion first)
                    int start = Words.of(lower.substring(0, raw.start())).tokens().size();
                    // where it ends among the normalised words is unknown (-1): such a match is
                    // never taken as continued by another
                    Match found = new Match(text.tokens().size() - 1, Math.max(1, raw.end() - raw.start()), false,
                            Math.min(start, text.tokens().size() - 1), true, -1);
                    best = best.found()
                            ? new Match(best.end, best.length, best.generic, Math.min(best.start, found.start), best.exact,
                                    found.start < best.start ? found.firstEnd : best.firstEnd)
                            : found;
                }
            }
        }
        return best;
    }

    /**
     * The stronger of two matches by {@link Match#beats}, starting where the earlier of them starts:
     * a sentence is read by what it says first, and a role says first what any of its words or
     * patterns finds first ("> 10% of sample stale?" names the repeat decision at "10%", before the
     * sample).
     */
    private static Match combined(Match best, Match found) {
        if (!found.found()) {
            return best;
        }
        if (!best.found()) {
            return found;
        }
        Match stronger = found.beats(best) ? found : best;
        Match first = found.start < best.start ? found : best;
        return new Match(stronger.end, stronger.length, stronger.generic, first.start, stronger.exact, first.firstEnd);
    }

    /** True when a word is spelled in the text as written (spacing, case and plural aside), or a pattern matches. */
    boolean spelledIn(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        Words text = Words.of(raw);
        for (Words w : words) {
            if (text.spells(w)) {
                return true;
            }
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns) {
            if (find(p, text.text()) > 0 || find(p, lower) > 0) {
                return true;
            }
        }
        return false;
    }

    boolean matches(String raw) {
        return score(raw) > 0;
    }

    /** As {@link #matches(String)}, for text already normalised once. */
    boolean matches(Words text, String lower) {
        return score(text, lower) > 0;
    }

    /** True when neither text holds the literals the pattern needs: no search can match. */
    private boolean cannotMatch(Pattern p, String normalised, String lower) {
        return required.get(p).cannotMatch(normalised, lower);
    }

    /** The index of the token that the character offset {@code end} (exclusive) falls in. */
    private static int tokenIndexAt(String text, int end) {
        int spaces = 0;
        for (int i = 0; i < end - 1 && i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces;
    }

    private static int find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Math.max(1, m.end() - m.start()) : 0;
    }

    /** Invalid patterns are reported by the content validator; here they simply never match. */
    private static void compile(String regex, List<Pattern> out) {
        try {
            out.add(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            // validated at content load time; a bad pattern must not break a learner's review
        }
    }
}
