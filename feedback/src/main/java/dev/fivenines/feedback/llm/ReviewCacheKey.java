package dev.fivenines.feedback.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a review that can be reused: same tutorial and rubric version, same prompt and
 * model, same source up to whitespace that D2 ignores. The lead stores reviews under this key
 * (PostgreSQL); prompt version and model are part of it so a change of either re-reviews.
 */
public final class ReviewCacheKey {

    private ReviewCacheKey() {
    }

    /**
     * The source with line endings unified to LF, a BOM, trailing spaces on each line and
     * trailing blank lines removed. Leading indentation stays: it can matter to D2 block strings.
     */
    public static String normalise(String source) {
        String s = source == null ? "" : source;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }

    /** A hex SHA-256 of slug, rubric version, prompt version, model and normalised source. */
    public static String of(String tutorialSlug, int rubricVersion, String model, String source) {
        String material = tutorialSlug + '\u0000' + rubricVersion + '\u0000' + ReviewPrompt.PROMPT_VERSION + '\u0000'
                + model + '\u0000' + normalise(source);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
