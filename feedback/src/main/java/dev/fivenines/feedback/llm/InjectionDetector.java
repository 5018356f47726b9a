package dev.fivenines.feedback.llm;

import dev.fivenines.domain.feedback.Evidence;
import dev.fivenines.domain.feedback.Finding;
import dev.fivenines.domain.feedback.Origin;
import dev.fivenines.domain.feedback.Verdict;
import dev.fivenines.domain.tutorial.Severity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds text in a diagram that addresses a reviewer instead of describing Redis. Deterministic,
 * so it runs with or without the LLM, and it only reports: no verdict depends on it. Lines are
 * scanned raw (comments, labels and ids alike) after folding case, accents, punctuation and
 * spacing, so "I g n o r e_previous-instructions" is caught as well.
 */
public final class InjectionDetector {

    public static final String CRITERION_ID = "integrity.reviewer-instructions";
    public static final String TITLE = "Text addressed to the reviewer";

    /** Curated phrases, compared against the folded line with all separators removed. */
    private static final List<String> PHRASES = List.of(
            "ignorepreviousinstructions", "ignoreallpreviousinstructions", "ignoreallinstructions",
            "ignoretheaboveinstructions", "ignoreyourinstructions", "disregardpreviousinstructions",
            "disregardallprevious", "forgetpreviousinstructions", "forgetallinstructions",
            "markallcriteriapassed", "markallcriteriaaspassed", "markeverythingaspassed", "markallaspass",
            "allcriteriapass", "giveafullscore", "givemefullmarks", "systemprompt", "youarenow",
            "newinstructions", "pretendyouare", "developermode", "jailbreak", "reviewerinstructions",
            "overridetherubric", "overridetheverdict", "setverdicttopass", "returnpassforall", "systemoverride");

    /**
     * Patterns over the folded line with separators collapsed to single spaces, each behind the
     * words it cannot match without (a substring test is far cheaper than the pattern). Where every
     * branch of a pattern starts its needed word at a word boundary ({@code \b(mark|grade)}), the
     * word must start a word of the line too: "all" inside "call" cannot match.
     */
    private static final List<Rule> RULES = List.of(
            new Rule(List.of("ignore", "disregard", "forget", "override"),
                    "\\b(ignore|disregard|forget|override)\\b.{0,30}\\b(instruction|instructions|rules|prompt|rubric)\\b"),
            new Rule(List.of("mark", "grade", "rate", "all", "every", "each"),
                    "\\b(mark|grade|rate)\\b.{0,30}\\b(pass|passed|passing|full marks)\\b"
                    + "|\\b(all|every|each)\\b.{0,20}\\b(criteria|criterion|checks?)\\b.{0,20}\\b(pass|passed|met|satisfied)\\b"),
            new Rule(List.of("pass"),
                    "\\b(output|return|answer|respond|say|print|give|report)\\b.{0,20}\\bpass\\b"
                    + "|\\bpass\\b.{0,30}\\b(every|all|each)\\b.{0,20}\\b(criteria|criterion|checks?)\\b"),
            new Rule(List.of("message", "note", "instruction", "for the", "to the"),
                    "\\b(message|note|instructions?)\\b.{0,10}\\b(for|to)\\b.{0,10}\\b(ai|llm|grader|reviewer|model|assistant)\\b"),
            new Rule(List.of("dear", "hey", "attention"),
                    "\\b(dear|hey|attention)\\b.{0,20}\\b(reviewer|grader|ai|llm|assistant|model)\\b"),
            new Rule(List.of("as an", "you are a"),
                    "\\b(as an|you are an?)\\b.{0,20}\\b(ai|assistant|language model|grader|reviewer)\\b"),
            // every match starts with one of these: a bare "<" would send each line with an arrow (<-) to the pattern
            new Rule(List.of("<im", "<|im", "<system", "<|system", "<assistant", "<|assistant", "inst]"), false,
                    "<\\|?(im ?start|system|assistant)\\|?>|\\[/?inst\\]"));

    private record Rule(List<String> needs, boolean atWordStart, Pattern pattern) {
        Rule(List<String> needs, String regex) {
            this(needs, true, regex);
        }

        Rule(List<String> needs, boolean atWordStart, String regex) {
            this(needs, atWordStart, Pattern.compile(regex));
        }

        boolean matches(String spaced) {
            return mayMatch(spaced) && pattern.matcher(spaced).find();
        }

        /** True when the text mentions a word the pattern needs. */
        boolean mayMatch(String spaced) {
            for (String word : needs) {
                if (mentions(spaced, word)) {
                    return true;
                }
            }
            return false;
        }

        private boolean mentions(String spaced, String word) {
            if (!atWordStart) {
                return spaced.contains(word);
            }
            for (int i = spaced.indexOf(word); i >= 0; i = spaced.indexOf(word, i + 1)) {
                if (i == 0 || !isWordChar(spaced.charAt(i - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A word character of {@code \b} in the spaced line, where only a-z and 0-9 are left of them. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private InjectionDetector() {
    }

    /** One INFORMATIVE finding per line that addresses a reviewer; empty for an honest diagram. */
    public static List<Finding> scan(String source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        List<String> lines = source.lines().toList();
        List<String> spacedLines = lines.stream().map(line -> foldedAndSpaced(line)).toList();
        // Each line's folded text is a piece of the whole's, so a phrase or a rule's word missing
        // from the whole is missing from every line: one look at the whole rules most of them out,
        // and most diagrams altogether.
        String spaced = String.join(" ", spacedLines);
        String squeezed = squeezed(spaced);
        List<String> phrases = PHRASES.stream().filter(squeezed::contains).toList();
        List<Rule> rules = RULES.stream().filter(rule -> rule.mayMatch(spaced)).toList();
        if (phrases.isEmpty() && rules.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (addresses(spacedLines.get(i), phrases, rules)) {
                findings.add(finding(i + 1, lines.get(i)));
            }
        }
        return List.copyOf(findings);
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** True when the line speaks to a reviewer rather than about the mechanism. */
    public static boolean addressesReviewer(String line) {
        return addresses(foldedAndSpaced(line), PHRASES, RULES);
    }

    /** True when the line, folded and spaced, says one of the phrases or matches one of the rules. */
    private static boolean addresses(String spaced, List<String> phrases, List<Rule> rules) {
        if (spaced.isEmpty()) {
            return false;
        }
        String squeezed = phrases.isEmpty() ? "" : squeezed(spaced);
        for (String phrase : phrases) {
            if (squeezed.contains(phrase)) {
                return true;
            }
        }
        for (Rule rule : rules) {
            if (rule.matches(spaced)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded line with every run of characters other than a-z, 0-9 and {@code < > | [ ] /} as
     * one space, none at either end. A plain scan: every line of every review comes here.
     */
    private static String spaced(String folded) {
        char[] out = new char[folded.length()]; // a char array: a builder's checks cost more than the scan
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A')); // an ASCII line comes unfolded; a folded one has no A-Z left
            }
            if (isWordChar(c) || isKeptMark(c)) {
                if (gap && n > 0) {
                    out[n++] = ' ';
                }
                gap = false;
                out[n++] = c;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * {@code spaced(fold(line))}. Folding a plain ASCII line (most are) only lower-cases A-Z,
     * which {@link #spaced} does as it goes, so such a line is scanned once.
     */
    private static String foldedAndSpaced(String line) {
        return spaced(isAscii(line) ? line : fold(line));
    }

    /** The marks of chat-template tokens ({@code <|im_start|>}, {@code [INST]}), kept by {@link #spaced}. */
    private static boolean isKeptMark(char c) {
        return c == '<' || c == '>' || c == '|' || c == '[' || c == ']' || c == '/';
    }

    /** The spaced line with only a-z and 0-9 left. */
    private static String squeezed(String spaced) {
        StringBuilder out = new StringBuilder(spaced.length());
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (isWordChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String fold(String line) {
        // Most lines are plain ASCII, which decomposition leaves as it is.
        String decomposed = isAscii(line) ? line
                : COMBINING_MARKS.matcher(Normalizer.normalize(line, Normalizer.Form.NFKD)).replaceAll("");
        return decomposed.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Finding finding(int line, String text) {
        String message = "Line " + line + " speaks to the reviewer instead of describing the mechanism. It is treated "
                + "as diagram text only and changes no verdict; remove it so the diagram says what Redis does.";
        Evidence evidence = new Evidence(line, 1, line, text.length() + 1, List.of());
        return new Finding(CRITERION_ID, TITLE, Verdict.BROKEN, Severity.INFORMATIVE, Origin.STRUCTURAL, message,
                List.of(evidence));
    }
}
