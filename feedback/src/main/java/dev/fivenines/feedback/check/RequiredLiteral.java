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

    /** The longest single literal every match contains, or {@code ""} (kept for callers that want one). */
    static String of(String regex) {
        List<String> any = anyOf(regex);
        return any.size() == 1 ? any.getFirst() : "";
    }

    /** Literals of which every match contains one; empty when none can be told. */
    static List<String> anyOf(String regex) {
        if (regex.contains("(?")) {
            return List.of();
        }
        List<String> branches = split(regex);
        if (branches.size() > 1) {
            List<String> all = new ArrayList<>();
            for (String branch : branches) {
                List<String> one = anyOf(branch);
                if (one.isEmpty()) {
                    return List.of();
                }
                all.addAll(one);
            }
            return all;
        }
        return sequence(regex);
    }

    /** One branch: its longest plain run, else the requirement of a group that must occur. */
    private static List<String> sequence(String regex) {
        String best = "";
        List<String> group = List.of();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                best = longer(best, run);
                run.setLength(0);
                i++; // an escape (\b, \s, \d, \(...) is never part of a plain run
            } else if (c == '[') {
                best = longer(best, run);
                run.setLength(0);
                i = classEnd(regex, i);
            } else if (c == '(') {
                best = longer(best, run);
                run.setLength(0);
                int close = groupEnd(regex, i);
                boolean optional = close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0;
                if (!optional && group.isEmpty() && close < regex.length()) {
                    group = anyOf(regex.substring(i + 1, close));
                }
                i = close;
            } else if (c == '?' || c == '*' || c == '{') {
                // the quantifier applies to the run's last character, which may be absent
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                if (c == '{') {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                }
            } else if (Character.isLetterOrDigit(c) || " %:-><=".indexOf(c) >= 0) {
                run.append(c);
            } else {
                // '+' keeps the character it repeats (already in the run); anything else ends the run
                best = longer(best, run);
                run.setLength(0);
            }
        }
        best = longer(best, run);
        if (best.length() >= 3 || (group.isEmpty() && best.length() >= 2)) {
            return List.of(best);
        }
        return group.stream().allMatch(g -> g.length() >= 2) ? group : List.of();
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
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
