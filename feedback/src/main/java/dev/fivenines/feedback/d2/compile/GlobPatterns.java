package dev.fivenines.feedback.d2.compile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled forms of glob strings ({@code *} matches anything, case-insensitively). A glob is
 * re-applied every time a field appears in its scope, so compiling its regex each time dominated
 * files with globs; compiled patterns are shared (they are immutable) in a small bounded cache.
 */
final class GlobPatterns {

    /** Enough for every distinct glob of any real diagram; cleared rather than grown past it. */
    private static final int MAX_CACHED = 512;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private GlobPatterns() {
    }

    /** The regex for {@code glob}: its literal parts quoted, each {@code *} as {@code .*}. */
    static Pattern of(String glob) {
        Pattern cached = CACHE.get(glob);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear(); // input is untrusted: never let the cache grow without bound
        }
        Pattern pattern = compile(glob);
        CACHE.put(glob, pattern);
        return pattern;
    }

    /**
     * d2's matchPattern: anchored at the start only, so {@code *l} matches any name containing
     * {@code l}. A glob of stars only matches every name, with no regex needed.
     */
    static boolean matchesStart(String glob, String name) {
        if (onlyStars(glob)) {
            return true;
        }
        if (isAscii(glob) && isAscii(name)) {
            return asciiMatchesStart(glob, name); // a Matcher per candidate cost more than the match
        }
        return of(glob).matcher(name).lookingAt();
    }

    /**
     * {@code lookingAt} of the glob's regex, by hand, for ASCII text (where case-insensitive means
     * ASCII case folding): the part before the first star must start the name, and each later
     * part must occur after the previous one. Taking each part's earliest occurrence is enough: a
     * later one never leaves more room for the parts after it.
     */
    private static boolean asciiMatchesStart(String glob, String name) {
        int star = glob.indexOf('*');
        int firstEnd = star < 0 ? glob.length() : star;
        if (!name.regionMatches(true, 0, glob, 0, firstEnd)) {
            return false;
        }
        int at = firstEnd;
        int partStart = firstEnd + 1;
        while (star >= 0) {
            star = glob.indexOf('*', partStart);
            int partEnd = star < 0 ? glob.length() : star;
            at = indexOfIgnoreCase(name, at, glob, partStart, partEnd - partStart);
            if (at < 0) {
                return false;
            }
            at += partEnd - partStart;
            partStart = partEnd + 1;
        }
        return true;
    }

    private static int indexOfIgnoreCase(String text, int from, String part, int partOffset, int partLength) {
        for (int i = from; i + partLength <= text.length(); i++) {
            if (text.regionMatches(true, i, part, partOffset, partLength)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whole-string match, as glob filters ({@code &shape: c*}) use. */
    static boolean matchesWhole(String glob, String value) {
        return (onlyStars(glob) && !glob.isEmpty()) || of(glob).matcher(value).matches();
    }

    private static boolean onlyStars(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
