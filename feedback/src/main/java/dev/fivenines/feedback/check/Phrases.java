package dev.fivenines.feedback.check;

import dev.fivenines.domain.tutorial.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A set of words and regular expressions that text is matched against: a role's synonyms and
 * patterns, or the label words of an edge spec. Label words wrapped in slashes ({@code /\d+/})
 * are patterns. Patterns are searched in the normalised text and in the raw lower-cased text,
 * so they may rely on punctuation ({@code \(integer\)}).
 */
final class Phrases {

    private final List<Words> words;
    private final List<Pattern> patterns;

    private Phrases(List<Words> words, List<Pattern> patterns) {
        this.words = words;
        this.patterns = patterns;
    }

    static Phrases of(List<String> synonyms, List<String> patterns) {
        List<Words> words = new ArrayList<>();
        List<Pattern> compiled = new ArrayList<>();
        for (String s : synonyms) {
            if (s.length() > 2 && s.startsWith("/") && s.endsWith("/")) {
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

    boolean isEmpty() {
        return words.isEmpty() && patterns.isEmpty();
    }

    /** How strongly the text matches: the longest matched length, 0 when nothing matches. */
    int score(String raw) {
        return raw == null || raw.isBlank() ? 0 : score(Words.of(raw), raw.toLowerCase(Locale.ROOT));
    }

    /** As {@link #score(String)}, for text already normalised once ({@code lower}: raw, lower-cased). */
    int score(Words text, String lower) {
        int best = 0;
        for (Words w : words) {
            best = Math.max(best, text.phraseMatch(w));
        }
        for (Pattern p : patterns) {
            int normalised = find(p, text.text());
            best = Math.max(best, normalised > 0 ? normalised : find(p, lower));
        }
        return best;
    }

    boolean matches(String raw) {
        return score(raw) > 0;
    }

    /** As {@link #matches(String)}, for text already normalised once. */
    boolean matches(Words text, String lower) {
        return score(text, lower) > 0;
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
