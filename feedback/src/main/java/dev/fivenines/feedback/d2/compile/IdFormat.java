package dev.fivenines.feedback.d2.compile;

import java.util.List;

/** Prints id elements as d2format does, so ids match d2's: {@code a."b.c"}, {@code ""}, {@code 'null'}. */
final class IdFormat {

    private static final String SPECIAL = "#;\n\\{}[]'\"|:.<>*&()@";
    /** {@link #SPECIAL} as a lookup table: every id element of every object is checked char by char. */
    private static final boolean[] IS_SPECIAL = new boolean[128];

    static {
        for (char c : SPECIAL.toCharArray()) {
            IS_SPECIAL[c] = true;
        }
    }

    private IdFormat() {
    }

    static String element(String name) {
        if (name.isEmpty()) {
            return "\"\"";
        }
        if (name.equalsIgnoreCase("null")) {
            return "'" + name + "'";
        }
        if (!needsQuotes(name)) {
            return name;
        }
        if (name.indexOf('"') >= 0 && name.indexOf('\'') < 0 && name.indexOf('\n') < 0) {
            return "'" + name + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsQuotes(String name) {
        // what strip() would remove: whitespace at either end (name is not empty; no surrogate is whitespace)
        if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < IS_SPECIAL.length && IS_SPECIAL[c]) {
                return true;
            }
            if (c == '-' && (i == name.length() - 1 || name.charAt(i + 1) == '-')) {
                return true;
            }
        }
        return false;
    }

    static String join(List<String> elements) {
        return String.join(".", elements);
    }
}
