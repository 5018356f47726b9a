package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.List;

/**
 * How a name splits into the parts the role reader weighs: parenthesised aliases, a title before a
 * colon or a spaced dash, and the items of a list. Plain scans, linear in the name's length (names
 * are learner input, and these run for every element of every review).
 */
final class NameParts {

    private NameParts() {
    }

    /** The texts inside innermost round or square brackets, in order. */
    static List<String> aliases(String text) {
        List<String> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open = i;
            } else if ((c == ')' || c == ']') && open >= 0) {
                out.add(text.substring(open + 1, i));
                open = -1;
            }
        }
        return out;
    }

    /** The text with each innermost bracketed alias replaced by a space. */
    static String withoutAliases(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                if (open >= 0) {
                    out.append(text, open, i);
                }
                open = i;
            } else if ((c == ')' || c == ']') && open >= 0) {
                out.append(' ');
                open = -1;
            } else if (open < 0) {
                out.append(c);
            }
        }
        if (open >= 0) {
            out.append(text, open, text.length());
        }
        return out.toString().trim();
    }

    /**
     * {title, description} when the text is a short title (at most 40 characters) followed by a
     * colon (then a space or the end: "user:7" is a key's name), " - " or " \u2014 " and a description, or when it has several lines (the first line
     * is the title: "\"int\"\nSET n 42" is the int encoding, whatever the example says); null
     * otherwise.
     */
    static String[] titled(String text) {
        int newline = text.indexOf('\n');
        if (newline > 0) {
            String first = text.substring(0, newline).trim();
            String rest = text.substring(newline + 1).trim();
            if (!first.isEmpty() && !rest.isEmpty()) {
                return new String[] {first, rest};
            }
        }
        int limit = Math.min(text.length(), 41);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            int cut = -1;
            int skip = 0;
            if (c == ':' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                // a colon inside a word names a key ("user:7", "otp:42"), it does not end a title
                cut = i;
                skip = 1;
            } else if ((c == '-' || c == '\u2014') && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                cut = i - 1;
                skip = 3;
            }
            if (cut > 0) {
                String title = text.substring(0, cut).trim();
                String rest = text.substring(Math.min(text.length(), cut + skip)).trim();
                return title.isEmpty() || rest.isEmpty() ? null : new String[] {title, rest};
            }
        }
        return null;
    }

    /**
     * A description's leading name: the text before its own colon or spaced dash ("quicklist" in
     * "quicklist - 7.0: every list"); the whole text when it has neither.
     */
    static String leadingClause(String description) {
        String[] inner = titled(description);
        return inner == null || description.indexOf('\n') >= 0 ? description : inner[0];
    }

    /**
     * A short subject (none, when a list's part goes on with the same subject: "... and gets a
     * deadline"), then a verb that hands something over, receives it or runs it: "A client sends
     * EXPIRE k 60", "lookupKey returns NULL", "Client sent SET k v EX 30", "The app got nil",
     * "The client runs EXPIRE".
     */
    private static final com.google.re2j.Pattern HANDS_OVER = com.google.re2j.Pattern.compile(
            "^\\s*((?:\\S+\\s+){0,2}\\S+\\s+)?(?:sends|sent|returns|returned|gets|got|runs|ran|issues|issued)\\s+(\\S.*)$",
            com.google.re2j.Pattern.CASE_INSENSITIVE | com.google.re2j.Pattern.DOTALL);

    /**
     * What a step that hands something over is about: what it hands over ("A client sends EXPIRE
     * k 60" is the EXPIRE arriving, "lookupKey returns NULL" the missing-key answer, "The app got
     * nil" the nil arriving), not who does it; null when the phrase is not such a sentence.
     */
    static String handedOver(String text) {
        String[] parts = handOver(text);
        return parts == null ? null : parts[1];
    }

    /**
     * {subject, what is handed over} of a hand-over sentence ({@link #handedOver}); the subject is
     * empty when the sentence starts with its verb. Null when the phrase is no such sentence, or
     * its verb is negated ("A replica never runs the cycle" runs nothing).
     */
    static String[] handOver(String text) {
        if (!containsIgnoreCase(text, "sen") && !containsIgnoreCase(text, "return") && !containsIgnoreCase(text, "got")
                && !containsIgnoreCase(text, "gets") && !containsIgnoreCase(text, "run") && !containsIgnoreCase(text, "ran")
                && !containsIgnoreCase(text, "issue")) {
            // every such verb (sends, sent, returns, returned, gets, got, runs, ran, issues, issued)
            // holds one of these; a plain scan is far cheaper than running the pattern on each of a
            // review's names
            return null;
        }
        com.google.re2j.Matcher m = HANDS_OVER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String subject = m.group(1) == null ? "" : m.group(1).trim();
        if (!subject.isEmpty()) {
            // the verb stands for the last token: negated when a negator before it reaches it
            Words clause = Words.of(subject + " verb");
            if (clause.negated().get(clause.tokens().size() - 1)) {
                return null;
            }
        }
        return new String[] {subject, m.group(2).trim()};
    }

    /**
     * What a phrase "A as B" says the thing is (B: "Sorted set as skiplist" is the skiplist, as
     * "int stored as shared object" is the shared object); null when the phrase has no "as"
     * between two words.
     */
    static String asWhat(String text) {
        int at = -1;
        for (int i = 1; i + 3 < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && text.regionMatches(true, i, "as ", 0, 3)) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        String before = text.substring(0, at).trim();
        String after = text.substring(at + 3).trim();
        return before.isEmpty() || after.isEmpty() ? null : after;
    }

    private static final com.google.re2j.Pattern COPULA = com.google.re2j.Pattern.compile(
            "(?i)^\\s*\\S+(?:\\s+\\S+){0,4}?\\s+(?:is|are|was|were)\\s+(?:a|an|one)\\s+([^,;.:()]+)");

    /**
     * The first words (up to three, before any punctuation) of what a sentence "X is a Y" says X
     * is: "A small sorted set is a listpack kept in score order" gives "listpack kept in"; null
     * when the text has no such copula after a subject of one to five words.
     */
    static String complement(String text) {
        if (text.indexOf(" is ") < 0 && text.indexOf(" are ") < 0 && text.indexOf(" was ") < 0 && text.indexOf(" were ") < 0) {
            return null;
        }
        com.google.re2j.Matcher m = COPULA.matcher(text);
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }

    /**
     * A comparison with a number or between spaced operands ("expired*100/sampled > 10", "now >= when"):
     * in such a text {@code /} divides and {@code +} adds, so they join no list (a comma still does:
     * "bulklen >= 0, copy argument"). Arrows ({@code ->}) and placeholders ({@code <unix-ms>}) are
     * not comparisons.
     */
    private static final com.google.re2j.Pattern COMPARISON =
            com.google.re2j.Pattern.compile("(^|[^-=<>])(>=?|<=?|==|!=)\\s*\\d|\\s(>=?|<=?|==|!=)\\s");

    /**
     * The items of a list joined by {@code + & , / |} or the word "and"; the text itself when it is
     * none. In a comparison, {@code /} and {@code +} are arithmetic, not joins.
     */
    static List<String> listItems(String text) {
        boolean arithmetic = mayCompare(text) && COMPARISON.matcher(text).find();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int width = 0;
            if (c == '+' && isArithmetic(text, i)) {
                // "len + 2 bytes" adds a number, it does not list two things
                width = 0;
            } else if (c == '&' || c == ',' || c == '|' || (!arithmetic && (c == '+' || c == '/'))) {
                width = 1;
            } else if ((c == 'a' || c == 'A') && text.regionMatches(true, i, "and", 0, 3)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 3)))) {
                width = 3;
            }
            if (width > 0) {
                out.add(text.substring(start, i).trim());
                start = i + width;
                i += width - 1;
            }
        }
        out.add(text.substring(start).trim());
        return out;
    }

    /**
     * False when the text holds no {@code <}, {@code >} or {@code =}: then no comparison operator
     * can match, and the (comparatively slow) comparison patterns need not run.
     */
    static boolean mayCompare(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '=') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text holds {@code part} in any case. {@link String#regionMatches(boolean, int,
     * String, int, int)} folds case at least as widely as RE2/J's case-insensitive matching does
     * for these ASCII words (the long s included), so it never rules out a match.
     */
    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when the {@code +} at {@code at} is followed by a number: a sum, not a list. */
    private static boolean isArithmetic(String text, int at) {
        int i = at + 1;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }
}
