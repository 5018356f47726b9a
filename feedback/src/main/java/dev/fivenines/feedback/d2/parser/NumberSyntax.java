package dev.fivenines.feedback.d2.parser;

import java.util.regex.Pattern;

/**
 * Which unquoted values D2 re-types as numbers: exactly those Go's {@code big.Rat.SetString}
 * accepts, i.e. a signed fraction {@code a/b} of integers (with {@code 0b 0o 0x 0} prefixes and
 * {@code _} separators) or a decimal/prefixed float with an optional exponent.
 */
final class NumberSyntax {

    private static final String DEC = "[0-9](?:_?[0-9])*";
    private static final String INT = "(?:0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[0-9a-fA-F])+|" + DEC + ")";
    private static final String EXP = "(?:[eEpP][+-]?[0-9]+)";
    private static final String DEC_FLOAT = "(?:" + DEC + "(?:\\.(?:" + DEC + ")?)?|\\.(?:" + DEC + "))" + EXP + "?";
    private static final String HEX_FLOAT = "0[xX](?:(?:_?[0-9a-fA-F])+(?:\\.[0-9a-fA-F]*)?|\\.[0-9a-fA-F]+)(?:[pP][+-]?[0-9]+)?";
    private static final String BIN_OCT_FLOAT = "0(?:[bB][01_]+|[oO][0-7_]+)(?:\\.[0-7_]*)?(?:[eEpP][+-]?[0-9]+)?";
    private static final Pattern FRACTION = Pattern.compile("[+-]?" + INT + "/" + INT);
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:" + HEX_FLOAT + "|" + BIN_OCT_FLOAT + "|" + DEC_FLOAT + ")");

    private NumberSyntax() {
    }

    static boolean isNumber(String s) {
        if (s.isEmpty() || !mayStartNumber(s)) { // values such as "---" or "-x" never reach a regex
            return false;
        }
        if (s.indexOf('/') >= 0) {
            return FRACTION.matcher(s).matches() && !isZeroDenominator(s.substring(s.indexOf('/') + 1));
        }
        return FLOAT.matcher(s).matches();
    }

    /** Cheap pre-checks before the regexes: every number is an optional sign, then a digit or '.'. */
    private static boolean mayStartNumber(String s) {
        int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return (c >= '0' && c <= '9') || c == '.';
    }

    private static boolean isZeroDenominator(String denominator) {
        String digits = denominator.length() > 2 && denominator.charAt(0) == '0'
                && Character.isLetter(denominator.charAt(1)) ? denominator.substring(2) : denominator;
        return digits.chars().allMatch(c -> c == '0' || c == '_');
    }
}
