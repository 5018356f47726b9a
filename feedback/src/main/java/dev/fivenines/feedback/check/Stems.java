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

    private Stems() {
    }

    static String of(String token) {
        if (token.length() < 3 || !Character.isLetter(token.charAt(0))) {
            return token;
        }
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(token);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
