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

    /**
     * Irregular past tenses the stemmer leaves alone ("ran" is not "run"): a diagram written in the
     * past tense ("Command ran", "-ERR was sent") names the same steps. Only forms with no other
     * common meaning in a diagram are listed ("left", "found", "read", "gone", "broken" are not, nor "got", which would read as GET).
     */
    private static final java.util.Map<String, String> IRREGULAR_PAST = java.util.Map.ofEntries(
            java.util.Map.entry("ran", "run"), java.util.Map.entry("began", "begin"),
            java.util.Map.entry("begun", "begin"), java.util.Map.entry("sent", "send"),
            java.util.Map.entry("wrote", "write"), java.util.Map.entry("written", "write"),
            java.util.Map.entry("took", "take"), java.util.Map.entry("taken", "take"),
            java.util.Map.entry("gave", "give"),
            java.util.Map.entry("given", "give"), java.util.Map.entry("kept", "keep"),
            java.util.Map.entry("made", "make"), java.util.Map.entry("came", "come"),
            java.util.Map.entry("held", "hold"), java.util.Map.entry("threw", "throw"),
            java.util.Map.entry("thrown", "throw"), java.util.Map.entry("broke", "break"),
            java.util.Map.entry("hung", "hang"),
            java.util.Map.entry("grew", "grow"), java.util.Map.entry("grown", "grow"),
            java.util.Map.entry("built", "build"), java.util.Map.entry("spent", "spend"));

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
        stemmer.setCurrent(IRREGULAR_PAST.getOrDefault(token, token));
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (seen.size() >= CACHED) {
            seen.clear();
        }
        seen.put(token, stem);
        return stem;
    }
}
