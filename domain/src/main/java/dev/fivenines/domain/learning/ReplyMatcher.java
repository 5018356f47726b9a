package dev.fivenines.domain.learning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a learner's answer matches an expected redis-cli reply. The expected reply may
 * contain the placeholders of the verified practice checks ({@code {{int}}}, ...). A learner may
 * write the reply exactly as redis-cli prints it or without its decorations: {@code -1} for
 * {@code (integer) -1}, {@code v} for {@code "v"}, {@code nil} for {@code (nil)}.
 */
public final class ReplyMatcher {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private ReplyMatcher() {
    }

    public static boolean matches(String expected, String answer) {
        if (answer == null) {
            return false;
        }
        Pattern exact = toPattern(normalise(expected));
        return exact.matcher(normalise(answer)).matches()
                || toPattern(undecorate(normalise(expected))).matcher(undecorate(normalise(answer))).matches();
    }

    /** Line endings, surrounding blanks and runs of spaces do not matter. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").strip().replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n");
    }

    /** Drops redis-cli's type decorations, line by line. */
    static String undecorate(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.replaceFirst("^\\d+\\) ", "").replaceFirst("^\\(integer\\) ", "")
                    .replaceFirst("^\\(error\\) ", "");
            if (l.equals("(nil)")) {
                l = "nil";
            } else if (l.length() >= 2 && l.startsWith("\"") && l.endsWith("\"")) {
                l = l.substring(1, l.length() - 1);
            }
            out.append(out.isEmpty() ? "" : "\n").append(l);
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static Pattern toPattern(String expected) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(expected);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(last, m.start()))).append(placeholder(m.group(1)));
            last = m.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String placeholder(String name) {
        return switch (name) {
            case "int" -> "-?\\d+";
            case "posint" -> "[1-9]\\d*";
            case "nonzero" -> "-?[1-9]\\d*";
            case "float" -> "-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?";
            case "hex40" -> "[0-9a-f]{40}";
            case "streamid" -> "\\d+-\\d+";
            case "line" -> "[^\\n]*";
            case "lines" -> "(?:.*\\n)*?.*";
            default -> ".*?";
        };
    }
}
