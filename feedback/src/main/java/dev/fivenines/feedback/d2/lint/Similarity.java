package dev.fivenines.feedback.d2.lint;

import java.util.Locale;

/** Optimal-string-alignment (Damerau-Levenshtein) distance on normalized names. */
final class Similarity {

    private Similarity() {
    }

    /** Lower case, without spaces, dashes, underscores and dots: what a typo rarely changes on purpose. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '-' && c != '_' && c != '.') {
                out.append(c);
            }
        }
        return out.toString();
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

    /** Near miss: distance 1 for names of 4+ chars, 2 for 8+; identical normalized names count too. */
    static boolean nearMiss(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 4) {
            return false;
        }
        int allowed = shorter >= 8 ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= allowed && distance(x, y) <= allowed;
    }
}
