package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text normalised for matching by meaning: camelCase and acronyms split ({@code redisDb} →
 * {@code redis db}, {@code RESPParser} → {@code resp parser}), lower case, every run of
 * punctuation, {@code _} or {@code -} a single space, and a light plural stem per token, so that
 * {@code query_buf}, {@code Query-Buf} and {@code queryBufs} read alike.
 *
 * @param text   tokens joined by single spaces (patterns are searched in this)
 * @param tokens the stemmed tokens
 */
public record Words(String text, List<String> tokens) {

    public Words {
        tokens = List.copyOf(tokens);
    }

    public static final Words EMPTY = new Words("", List.of());

    public static Words of(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        List<String> tokens = new ArrayList<>();
        for (String part : splitCamel(raw).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                tokens.add(stem(part));
            }
        }
        return new Words(String.join(" ", tokens), tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /**
     * Length (in characters, spaces excluded) of the match of {@code phrase} as a run of whole
     * tokens, comparing with spaces removed so that {@code keyspace} matches {@code key space}
     * and {@code redis db} matches {@code redisDb}; 0 when it does not occur.
     */
    public int phraseMatch(Words phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        String wanted = String.join("", phrase.tokens);
        for (int start = 0; start < tokens.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < tokens.size() && joined.length() < wanted.length(); end++) {
                joined.append(tokens.get(end));
                if (joined.length() == wanted.length() && joined.toString().equals(wanted)) {
                    return wanted.length();
                }
            }
        }
        return 0;
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

    /** Plural stem: {@code keys} → {@code key}, {@code dicts} → {@code dict}; keeps {@code ss}, short words. */
    static String stem(String token) {
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }
}
