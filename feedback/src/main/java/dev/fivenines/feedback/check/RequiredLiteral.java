package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Literals of which every match of a regular expression must contain at least one, when the
 * expression makes that easy to see: a prefilter, so that a cheap {@code String.contains} spares
 * most of the linear-time (but slow-constant) RE2/J searches that the reader runs on every name.
 * Conservative: with inline flags, or anything it does not follow, it finds nothing and the
 * pattern always runs.
 */
final class RequiredLiteral {

    private RequiredLiteral() {
    }

    /**
     * How literals are read: the shortest literal kept, and whether an escaped punctuation mark
     * ({@code \\.}, {@code \\+}) is a literal character.
     */
    private record Mode(int shortest, boolean escapedPunctuation) {
    }

    /** Literals of two characters or more, escapes never literal: what {@link #allOf} and {@link #anyOf} read. */
    private static final Mode WORDS = new Mode(2, false);
    /**
     * Literals of any length, escaped punctuation included: for patterns whose only literals are
     * one character ("0", "+", "7."), which a search would otherwise run on every text for.
     */
    private static final Mode CHARACTERS = new Mode(1, true);

    /** The longest single literal every match contains, or {@code ""} (kept for callers that want one). */
    static String of(String regex) {
        List<String> any = anyOf(regex);
        return any.size() == 1 ? any.getFirst() : "";
    }

    /** Literals of which every match contains one; empty when none can be told. */
    static List<String> anyOf(String regex) {
        return anyOf(regex, WORDS);
    }

    private static List<String> anyOf(String regex, Mode mode) {
        if (regex.contains("(?")) {
            return List.of();
        }
        List<String> branches = split(regex);
        if (branches.size() > 1) {
            List<String> all = new ArrayList<>();
            for (String branch : branches) {
                List<String> one = anyOf(branch, mode);
                if (one.isEmpty()) {
                    return List.of();
                }
                all.addAll(one);
            }
            return all;
        }
        return sequence(regex, mode);
    }

    /**
     * Sets of literals such that every match contains one literal of each set: a stronger
     * prefilter than {@link #anyOf} where a pattern needs two things ({@code \b(time|budget)\b.*\b(up|over)\b}
     * needs one of each group). Empty when nothing can be told.
     */
    static List<List<String>> allOf(String regex) {
        return allOf(regex, WORDS);
    }

    /**
     * As {@link #allOf}, with literals of one character and escaped punctuation too: "/\\b[89]\\.[0-9]/"
     * needs a ".", "/(^|\\s)\\+[0-9]/" a "+". Checking one character costs less than a search.
     */
    static List<List<String>> allOfAnyLength(String regex) {
        return allOf(regex, CHARACTERS);
    }

    private static List<List<String>> allOf(String regex, Mode mode) {
        if (regex.contains("(?")) {
            return List.of();
        }
        if (split(regex).size() > 1) {
            List<String> any = anyOf(regex, mode);
            return any.isEmpty() ? List.of() : List.of(any);
        }
        Needs needs = scan(regex, mode);
        List<List<String>> out = new ArrayList<>();
        for (String run : needs.runs()) {
            if (run.length() >= mode.shortest()) {
                out.add(List.of(run));
            }
        }
        for (List<String> group : needs.groups()) {
            if (group.stream().allMatch(g -> g.length() >= mode.shortest())) {
                out.add(group);
            }
        }
        return out;
    }

    /** One branch: its longest plain run, else the requirement of a group that must occur. */
    private static List<String> sequence(String regex, Mode mode) {
        Needs needs = scan(regex, mode);
        String best = "";
        for (String run : needs.runs()) {
            best = run.length() > best.length() ? run : best;
        }
        List<String> group = needs.groups().isEmpty() ? List.of() : needs.groups().getFirst();
        if (best.length() >= 3 || (group.isEmpty() && best.length() >= mode.shortest())) {
            return List.of(best);
        }
        return group.stream().allMatch(g -> g.length() >= mode.shortest()) ? group : List.of();
    }

    /**
     * What one branch (no top-level alternation) needs: its plain literal runs, in order, and per
     * group that must occur, in order, the literals of which it contains one (groups that tell
     * nothing left out).
     */
    private record Needs(List<String> runs, List<List<String>> groups) {
    }

    private static Needs scan(String regex, Mode mode) {
        List<String> runs = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && mode.escapedPunctuation() && i + 1 < regex.length()
                    && isPunctuation(regex.charAt(i + 1))) {
                run.append(regex.charAt(++i)); // \. \+ \( are the character itself
            } else if (c == '\\') {
                flush(run, runs);
                i++; // an escape (\b, \s, \d, \(...) is never part of a plain run
            } else if (c == '[') {
                flush(run, runs);
                i = classEnd(regex, i);
            } else if (c == '(') {
                flush(run, runs);
                int close = groupEnd(regex, i);
                boolean optional = close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0;
                if (!optional && close < regex.length()) {
                    List<String> group = anyOf(regex.substring(i + 1, close), mode);
                    if (!group.isEmpty()) {
                        groups.add(group);
                    }
                }
                i = close;
            } else if (c == '?' || c == '*' || c == '{') {
                // the quantifier applies to the run's last character, which may be absent
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                flush(run, runs);
                if (c == '{') {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                }
            } else if (Character.isLetterOrDigit(c) || " %:-><=".indexOf(c) >= 0) {
                run.append(c);
            } else {
                // '+' keeps the character it repeats (already in the run); anything else ends the run
                flush(run, runs);
            }
        }
        flush(run, runs);
        return new Needs(runs, groups);
    }

    /** ASCII punctuation, which an escape makes literal (letters and digits escaped are classes: \b, \d). */
    private static boolean isPunctuation(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    /** The top-level branches of an alternation (one when there is none). */
    private static List<String> split(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length();
    }
}
