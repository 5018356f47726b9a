package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text normalised for matching by meaning: camelCase and acronyms split ({@code redisDb} →
 * {@code redis db}, {@code RESPParser} → {@code resp parser}), lower case, every run of
 * punctuation, {@code _} or {@code -} a single space, a light plural stem per token (for
 * patterns and spacing-insensitive matching), and the Snowball English stem of each token
 * ({@link Stems}), so that {@code stored}, {@code stores} and {@code store} read alike.
 *
 * <p>Negation is read too: a token within a short scope after a negator ({@code not},
 * {@code never}, {@code no}, {@code without}, {@code doesn't}...) in the same clause is
 * <em>negated</em>, and a phrase never matches negated tokens: "replica does not delete" is no
 * deletion. A clause ends at punctuation that separates ideas ({@code , : ; . ( ) ? ->}) or at
 * a connective ({@code so}, {@code then}, {@code and}, {@code else}...), so "not found, reply
 * nil" still replies.
 *
 * @param text    light-stemmed tokens joined by single spaces (patterns are searched in this)
 * @param tokens  the light-stemmed tokens (plural {@code s} removed)
 * @param compact tokens joined without spaces, for matching across spacing differences
 * @param stems   the Snowball stem of each token
 * @param negated indexes of tokens inside a negation's scope
 */
public record Words(String text, List<String> tokens, String compact, List<String> stems, BitSet negated) {

    /** Tokens a negation reaches after its negator, at most. */
    private static final int NEGATION_SCOPE = 3;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "cannot", "nothing",
            "nor", "neither", "dont", "doesnt", "isnt", "wont", "cant", "didnt", "arent", "wasnt", "shouldnt", "mustnt",
            "hasnt", "havent", "nobody", "none");
    /** Negators that stand as a clause's subject, so they deny all of it, not the next few words. */
    private static final Set<String> SUBJECT_NEGATORS = Set.of("nothing", "nobody", "none");
    /** The first half of a contraction split at its apostrophe: {@code doesn't} → {@code doesn t}. */
    private static final Set<String> CONTRACTED = Set.of("don", "doesn", "isn", "won", "can", "didn", "aren",
            "wasn", "shouldn", "mustn", "hasn", "haven", "couldn", "wouldn");
    private static final Set<String> CONNECTIVES = Set.of("so", "then", "and", "but", "else", "otherwise", "therefore",
            "instead", "or", "which", "while", "because", "until", "thus");

    /**
     * Past-tense auxiliaries read as present ones: a story told afterwards ("Was this node the
     * master?", "Had now gone past the deadline?") asks the same question as the present tense.
     * Snowball leaves these irregular forms alone, so they are mapped here.
     */
    private static final java.util.Map<String, String> PRESENT_AUXILIARY = java.util.Map.of(
            "was", "is", "were", "are", "had", "has", "did", "does");

    public Words {
        tokens = List.copyOf(tokens);
        stems = List.copyOf(stems);
        negated = (BitSet) negated.clone();
    }

    public static final Words EMPTY = new Words("", List.of(), "", List.of(), new BitSet());

    public static Words of(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        String lower = splitCamel(raw).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        List<String> surface = new ArrayList<>();
        BitSet clauseStart = new BitSet();
        boolean breakSeen = false;
        // Tokens are the runs of letters and numbers; everything between them separates. A loop
        // rather than a regex split: every shape and connection label of every review comes here.
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean inToken = isLetterOrNumber(cp);
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                addToken(lower.substring(start, i), tokens, surface, clauseStart, breakSeen);
                breakSeen = false;
                start = -1;
            }
            if (!inToken && breaksClause(lower, i)) {
                breakSeen = true;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            addToken(lower.substring(start), tokens, surface, clauseStart, breakSeen);
        }
        List<String> stems = new ArrayList<>(surface.size());
        for (String s : surface) {
            stems.add(Stems.of(s));
        }
        return new Words(String.join(" ", tokens), tokens, String.join("", tokens), stems,
                negations(surface, clauseStart));
    }

    private static void addToken(String token, List<String> tokens, List<String> surface, BitSet clauseStart,
                                 boolean breakSeen) {
        if (breakSeen) {
            clauseStart.set(tokens.size());
        }
        // the auxiliaries are three or four letters long: other tokens skip the map (every token of every label comes here)
        String present = token.length() == 3 || token.length() == 4 ? PRESENT_AUXILIARY.getOrDefault(token, token) : token;
        surface.add(present);
        tokens.add(stem(present));
    }

    /** Punctuation that ends a clause; an arrow {@code ->} or {@code =>} too, but not a hyphen in a word. */
    private static boolean breaksClause(String s, int i) {
        char c = s.charAt(i);
        return switch (c) {
            case ',', ':', ';', '.', '(', ')', '[', ']', '?', '!', '|', '\n', '/', '=', '>', '<', '{', '}',
                 '\u2192', '\u21d2', '\u2014' -> true;
            default -> false;
        };
    }

    private static BitSet negations(List<String> surface, BitSet clauseStart) {
        BitSet negated = new BitSet();
        for (int i = 0; i < surface.size(); i++) {
            String t = surface.get(i);
            boolean negator = NEGATORS.contains(t)
                    || ("t".equals(t) && i > 0 && CONTRACTED.contains(surface.get(i - 1)) && !clauseStart.get(i));
            if (!negator) {
                continue;
            }
            // a negating subject ("nothing goes to the AOF", "no one reads it") denies its whole clause
            int scope = SUBJECT_NEGATORS.contains(t) || ("no".equals(t) && i + 1 < surface.size() && "one".equals(surface.get(i + 1)))
                    ? Integer.MAX_VALUE - i - 1 : NEGATION_SCOPE;
            for (int j = i + 1; j < surface.size() && j <= i + scope; j++) {
                if (clauseStart.get(j) || CONNECTIVES.contains(surface.get(j))) {
                    break;
                }
                negated.set(j);
            }
        }
        return negated;
    }

    /** Unicode letter or number: the classes {@code \\p{L}} and {@code \\p{N}} of a regex. */
    static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** True when token {@code i} lies in the scope of a negation. */
    public boolean isNegated(int i) {
        return negated.get(i);
    }

    /**
     * Length (in characters, spaces excluded) of the first match of {@code phrase} that touches
     * no negated token; 0 when it does not occur. A match is a run of whole tokens that either
     * spells the phrase with spaces removed (so {@code keyspace} matches {@code key space} and
     * {@code redis db} matches {@code redisDb}) or has the phrase's stems ({@code k stored}
     * matches {@code store}).
     */
    public int phraseMatch(Words phrase) {
        return phraseMatchAt(phrase)[1];
    }

    /**
     * As {@link #phraseMatch}, with where: {@code {endToken, length, firstStart, exact, firstEnd}} of the
     * latest-ending non-negated match (where the earliest match starts and ends; exact is 1 when the words
     * are spelled as in the phrase, 0 when only their stems agree), or {@code {-1, 0, -1, 0}}. The end position lets a reader prefer the head of a
     * noun phrase ("keyspace expires table" is a table of expires, not the keyspace).
     */
    public int[] phraseMatchAt(Words phrase) {
        int[] best = {-1, 0, -1, 0, -1};
        if (phrase.isEmpty()) {
            return best;
        }
        boolean compactPossible = compact.contains(phrase.compact);
        boolean stemPossible = hasStems(phrase.stems);
        if (!compactPossible && !stemPossible) {
            return best; // cheap rejection: most phrases do not occur at all
        }
        // a phrase that itself negates ("not found", "does not exist") is matched as written; asked
        // only of a text that negates something
        boolean phraseNegates = !negated.isEmpty() && phrase.negates();
        for (int start = 0; start < tokens.size(); start++) {
            int end = compactPossible ? compactRunEnd(phrase.compact, start) : -1;
            boolean exact = end >= 0;
            if (end < 0 && stemPossible) {
                end = stemRunEnd(phrase.stems, start);
            }
            if (end >= 0 && !phraseNegates && negated.nextSetBit(start) != -1 && negated.nextSetBit(start) <= end) {
                continue;
            }
            if (end >= 0 && end >= best[0]) {
                int length = 0;
                for (int k = start; k <= end; k++) {
                    length += tokens.get(k).length();
                }
                if (end > best[0] || length > best[1]) {
                    best = new int[] {end, length, best[2] < 0 ? start : Math.min(best[2], start), exact ? 1 : 0,
                            best[2] < 0 ? end : best[4]};
                }
            }
        }
        return best;
    }

    /** True when every one of {@code wanted} is a stem of this text (a plain loop: this runs per candidate word). */
    private boolean hasStems(List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!hasStem(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code stems.contains(stem)} without the generic list's indirect equality calls. */
    private boolean hasStem(String stem) {
        for (int i = 0; i < stems.size(); i++) {
            if (stem.equals(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the tokens is a negator. */
    private boolean negates() {
        for (String t : tokens) {
            if (NEGATORS.contains(t) || CONTRACTED.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when the phrase occurs spelled as written (spacing and case aside), not only by stem. */
    public boolean spells(Words phrase) {
        if (phrase.isEmpty() || !compact.contains(phrase.compact)) {
            return false;
        }
        for (int start = 0; start < tokens.size(); start++) {
            if (compactRunEnd(phrase.compact, start) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int compactRunEnd(String wanted, int start) {
        int pos = 0;
        for (int end = start; end < tokens.size() && wanted.startsWith(tokens.get(end), pos); end++) {
            pos += tokens.get(end).length();
            if (pos == wanted.length()) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The stems of {@code wanted} from token {@code start} on; between two of them one short token
     * (a key name such as {@code k}) may stand, so "looks k up" reads as "look up".
     */
    private int stemRunEnd(List<String> wanted, int start) {
        int at = start;
        for (int k = 0; k < wanted.size(); k++, at++) {
            if (at < stems.size() && k > 0 && !stems.get(at).equals(wanted.get(k)) && tokens.get(at).length() <= 2
                    && at + 1 < stems.size()) {
                at++;
            }
            if (at >= stems.size() || !stems.get(at).equals(wanted.get(k))) {
                return -1;
            }
        }
        return at - 1;
    }

    /** Inserts a space at lower→upper and acronym→word boundaries, before normalising. */
    static String splitCamel(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char prev = raw.charAt(i - 1);
                boolean nextLower = i + 1 < raw.length() && Character.isLowerCase(raw.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    out.append(' ');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Plural stem: {@code keys} → {@code key}, {@code dicts} → {@code dict}; keeps short words and
     * endings that are no plurals: {@code ss}, {@code us}, {@code is} ("this", "redis", "analysis").
     */
    static String stem(String token) {
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Words w && text.equals(w.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
