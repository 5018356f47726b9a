package dev.fivenines.feedback.d2.compile;

/**
 * Matches glob strings ({@code *} matches any run of characters, case-insensitively) in time linear
 * in the text per literal part, with no backtracking. It replaces a regex ({@code *} as {@code .*})
 * whose backtracking cost about C(n, k) for k stars over n characters: 155 bytes of D2 held a
 * thread for 50 s. The semantics are that regex's (CASE_INSENSITIVE | UNICODE_CASE | DOTALL):
 * characters are equal when {@code toLowerCase(toUpperCase(c))} is, surrogate pairs compare as code
 * points, and a star never stops inside a surrogate pair.
 *
 * <p>Between stars the literal parts are found left to right, each at its earliest occurrence: a
 * later one never leaves more room for the parts after it. Every character comparison is charged
 * to the compile's {@link IrBudget} as a glob step, so a cap answers before the work runs away.
 */
final class GlobMatcher {

    /** Comparisons counted locally before being charged: one budget call per few thousand. */
    private static final int CHARGE_EVERY = 4_096;

    private final String glob;
    private final String text;
    private final IrBudget budget;
    private long uncharged;

    private GlobMatcher(String glob, String text, IrBudget budget) {
        this.glob = glob;
        this.text = text;
        this.budget = budget;
    }

    /**
     * d2's matchPattern: anchored at the start only, so {@code *l} matches any name containing
     * {@code l} (the regex's {@code lookingAt}). A glob of stars only (or empty) matches every name.
     */
    static boolean matchesStart(String glob, String name, IrBudget budget) {
        if (onlyStars(glob)) {
            return true;
        }
        return new GlobMatcher(glob, name, budget).matches(false);
    }

    /** Whole-string match, as glob filters ({@code &shape: c*}) use; an empty glob matches only "". */
    static boolean matchesWhole(String glob, String value, IrBudget budget) {
        if (onlyStars(glob) && !glob.isEmpty()) {
            return true;
        }
        return new GlobMatcher(glob, value, budget).matches(true);
    }

    private boolean matches(boolean whole) {
        try {
            return whole ? matchesWhole() : matchesStart();
        } finally {
            budget.globSteps(uncharged);
        }
    }

    private boolean matchesStart() {
        int firstStar = glob.indexOf('*');
        if (firstStar < 0) {
            return regionMatches(0, 0, glob.length());
        }
        if (!regionMatches(0, 0, firstStar)) {
            return false;
        }
        return floatingPartsEnd(firstStar, firstStar + 1, glob.length(), text.length()) >= 0;
    }

    private boolean matchesWhole() {
        int firstStar = glob.indexOf('*');
        if (firstStar < 0) {
            return text.length() == glob.length() && regionMatches(0, 0, glob.length());
        }
        int lastStar = glob.lastIndexOf('*');
        int suffixLength = glob.length() - lastStar - 1;
        int suffixAt = text.length() - suffixLength;
        if (suffixAt < firstStar || !regionMatches(0, 0, firstStar)
                || !regionMatches(suffixAt, lastStar + 1, suffixLength)) {
            return false;
        }
        int lastStarStart = floatingPartsEnd(firstStar, firstStar + 1, lastStar, suffixAt);
        return lastStarStart >= 0 && starCanStopAt(lastStarStart, suffixAt);
    }

    /**
     * Finds the parts of {@code glob[partsStart, partsEnd)} (each after a star) in order in
     * {@code text[from, textEnd)}, each at its earliest position: the text position after the
     * last one, or -1 when one is missing.
     */
    private int floatingPartsEnd(int from, int partsStart, int partsEnd, int textEnd) {
        int at = from;
        for (int partStart = partsStart; partStart <= partsEnd; ) {
            int star = glob.indexOf('*', partStart);
            int partEnd = star < 0 || star > partsEnd ? partsEnd : star;
            int found = indexOf(at, textEnd, partStart, partEnd - partStart);
            if (found < 0) {
                return -1;
            }
            at = found + partEnd - partStart;
            partStart = partEnd + 1;
        }
        return at;
    }

    /** The earliest position in {@code [starStart, textEnd - length]} where a star then the glob part match. */
    private int indexOf(int starStart, int textEnd, int partStart, int length) {
        for (int i = starStart; i + length <= textEnd; i++) {
            if (starCanStopAt(starStart, i) && regionMatches(i, partStart, length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A star that starts at {@code starStart} consumes whole code points (the regex's {@code .}),
     * so it never ends between the two halves of a surrogate pair.
     */
    private boolean starCanStopAt(int starStart, int i) {
        return i == starStart || i >= text.length() || !Character.isLowSurrogate(text.charAt(i))
                || !Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * Case-insensitive comparison of {@code length} glob chars at {@code globAt} with the text at
     * {@code textAt}, as the regex's slices compare: a glob char {@code g} matches a text char
     * {@code t} when {@code fold(g)} is {@code t} or {@code fold(t)}; where the glob holds a
     * surrogate, code points are compared instead (a lone half never matches a whole pair).
     */
    private boolean regionMatches(int textAt, int globAt, int length) {
        if (textAt + length > text.length()) {
            return false;
        }
        for (int k = 0; k < length; ) {
            charge();
            char g = glob.charAt(globAt + k);
            if (Character.isSurrogate(g)) {
                int glob32 = Character.codePointAt(glob, globAt + k);
                int text32 = Character.codePointAt(text, textAt + k);
                if (Character.charCount(glob32) != Character.charCount(text32) || !sameFolded(glob32, text32)) {
                    return false;
                }
                k += Character.charCount(glob32);
            } else {
                char t = text.charAt(textAt + k);
                if (t != g && !sameFolded(g, t)) {
                    return false;
                }
                k++;
            }
        }
        return true;
    }

    /** Folding preserves planes and leaves surrogates alone (checked over every code point). */
    private static boolean sameFolded(int globChar, int textChar) {
        int folded = fold(globChar);
        return folded == textChar || folded == fold(textChar);
    }

    private static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private void charge() {
        if (++uncharged >= CHARGE_EVERY) {
            budget.globSteps(uncharged);
            uncharged = 0;
        }
    }

    private static boolean onlyStars(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }
}
