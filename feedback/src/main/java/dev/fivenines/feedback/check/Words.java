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
 * @param text    tokens joined by single spaces (patterns are searched in this)
 * @param tokens  the stemmed tokens
 * @param compact tokens joined without spaces, for matching across spacing differences
 */
public record Words(String text, List<String> tokens, String compact) {

    public Words {
        tokens = List.copyOf(tokens);
    }

    public static final Words EMPTY = new Words("", List.of(), "");

    public static Words of(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        String lower = splitCamel(raw).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        // Tokens are the runs of letters and numbers; everything between them separates. A loop
        // rather than a regex split: every shape and connection label of every review comes here.
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean inToken = isLetterOrNumber(cp);
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                tokens.add(stem(lower.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(stem(lower.substring(start)));
        }
        return new Words(String.join(" ", tokens), tokens, String.join("", tokens));
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

    /**
     * Length (in characters, spaces excluded) of the match of {@code phrase} as a run of whole
     * tokens, comparing with spaces removed so that {@code keyspace} matches {@code key space}
     * and {@code redis db} matches {@code redisDb}; 0 when it does not occur.
     */
    public int phraseMatch(Words phrase) {
        String wanted = phrase.compact;
        if (wanted.isEmpty() || !compact.contains(wanted)) {
            return 0; // cheap rejection: most phrases do not occur at all
        }
        for (int start = 0; start < tokens.size(); start++) {
            int pos = 0;
            for (int end = start; end < tokens.size() && wanted.startsWith(tokens.get(end), pos); end++) {
                pos += tokens.get(end).length();
                if (pos == wanted.length()) {
                    return pos;
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
