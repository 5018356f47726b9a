package dev.fivenines.feedback.check;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The Snowball English (Porter2) stem of one lower-case token, from Lucene's analysis library:
 * {@code stored}, {@code stores}, {@code storing} → {@code store}; {@code deleted} → {@code delet}.
 * Short tokens (key names, {@code ok}, numbers) are kept as they are.
 */
final class Stems {

    /** The stemmer keeps state between calls, so each thread has its own. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    /**
     * Tokens repeat across labels and reviews ("key", "the", "delete"), so each thread keeps the
     * stems it made; the map is emptied when it reaches {@link #CACHED} entries, which bounds it.
     */
    private static final int CACHED = 4096;
    private static final ThreadLocal<java.util.HashMap<String, String>> SEEN =
            ThreadLocal.withInitial(() -> new java.util.HashMap<>(256));

    private Stems() {
    }

    static String of(String token) {
        if (token.length() < 3 || !Character.isLetter(token.charAt(0))) {
            return token;
        }
        java.util.HashMap<String, String> seen = SEEN.get();
        String known = seen.get(token);
        if (known != null) {
            return known;
        }
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(token);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (seen.size() >= CACHED) {
            seen.clear();
        }
        seen.put(token, stem);
        return stem;
    }
}
