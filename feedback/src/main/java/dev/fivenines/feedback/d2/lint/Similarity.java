package dev.fivenines.feedback.d2.lint;

import java.util.Locale;

/** Optimal-string-alignment (Damerau-Levenshtein) distance on normalized names. */
final class Similarity {

    private Similarity() {
    }

    /** Lower case, without spaces, dashes, underscores and dots: what a typo rarely changes on purpose. */
    static String normalize(String name) {
        if (isNormal(name)) {
            return name; // most names: the lint normalizes every shape's name, so skip the copies
        }
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '-' && c != '_' && c != '.') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Already what {@link #normalize} makes of it: ASCII without capitals, spaces, dashes, underscores, dots. */
    private static boolean isNormal(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || c == '_' || c == '.') {
                return false;
            }
        }
        return true;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * True when {@code a} and {@code b} differ by exactly one edit (insert, delete, substitute or
     * swap of neighbours), in linear time without allocating: the hot path of the keyword lint.
     */
    static boolean oneEditApart(String a, String b) {
        if (a.length() > b.length()) {
            return oneEditApart(b, a);
        }
        if (b.length() - a.length() > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
            return swap || a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
        }
        return a.regionMatches(i, b, i + 1, a.length() - i);
    }

    /**
     * Near miss of already normalized names: distance 1 for 4+ chars, 2 for 8+. Names numbered
     * differently ({@code replica1} and {@code replica2}, {@code shard10} and {@code shard1}) are
     * distinct on purpose, however close their spelling.
     */
    static boolean nearMissNormalized(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 4) {
            return false;
        }
        int allowed = shorter >= 8 ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= allowed && sameDigits(x, y) && withinDistance(x, y, allowed);
    }

    /**
     * {@code distance(x, y) <= allowed}. At most one edit is equality or {@link #oneEditApart}
     * (the same edits), answered without the table: the lint asks this for pairs of siblings.
     */
    private static boolean withinDistance(String x, String y, int allowed) {
        if (allowed == 1) {
            return x.equals(y) || oneEditApart(x, y);
        }
        return distance(x, y) <= allowed;
    }

    /** True when both names carry the same digits in the same order (none at all included). */
    static boolean sameDigits(String x, String y) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < x.length() && !isDigit(x.charAt(i))) {
                i++;
            }
            while (j < y.length() && !isDigit(y.charAt(j))) {
                j++;
            }
            if (i == x.length() || j == y.length()) {
                return i == x.length() && j == y.length();
            }
            if (x.charAt(i++) != y.charAt(j++)) {
                return false;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code s} and every string made from it by deleting up to {@code deletions} characters. */
    static java.util.Set<String> deletionVariants(String s, int deletions) {
        java.util.Set<String> out = new java.util.HashSet<>();
        out.add(s);
        java.util.Set<String> frontier = java.util.Set.of(s);
        for (int d = 0; d < deletions; d++) {
            java.util.Set<String> next = new java.util.HashSet<>();
            for (String f : frontier) {
                for (int i = 0; i < f.length(); i++) {
                    next.add(f.substring(0, i) + f.substring(i + 1));
                }
            }
            out.addAll(next);
            frontier = next;
        }
        return out;
    }
}
