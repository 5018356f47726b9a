package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.BlockString;
import dev.fivenines.feedback.d2.ast.StringPart;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The four D2 string forms. Which characters end an unquoted string depends on whether it is
 * read as a key or as a value ({@code inKey}), so the caller chooses the mode.
 */
final class StringScanner {

    private final Cursor c;
    private final KeyScanner keys;
    private final QuotedStringScanner quoted;

    StringScanner(Cursor cursor, KeyScanner keys) {
        this.c = cursor;
        this.keys = keys;
        this.quoted = new QuotedStringScanner(cursor, keys);
    }

    /**
     * The string starting at {@code j}, the next token on this line as the caller has just found
     * it (keys and values look at their first char before they read it: no second scan).
     */
    StringValue parseStringAt(int j, boolean inKey) {
        c.pos = j + 1;
        return switch (c.charAt(j)) {
            case '"' -> quoted.parseDoubleQuoted(inKey, j);
            case '\'' -> quoted.parseSingleQuoted(j);
            case '|' -> new BlockStringScanner(c).parse(j);
            default -> {
                c.pos = j;
                yield parseUnquoted(inKey);
            }
        };
    }

    /** Null when nothing but spaces was read (D2 then reports a missing key or value). */
    UnquotedString parseUnquoted(boolean inKey) {
        UnquotedString plain = parsePlainUnquoted(inKey);
        if (plain != null) {
            return plain;
        }
        UnquotedBuilder b = new UnquotedBuilder(c.pos);
        if (c.text.startsWith("...@", c.pos)) {
            c.error(Codes.RESERVED_SPREAD_PREFIX,
                    "unquoted strings cannot begin with ...@ as that's import spread syntax", c.pos, c.pos + 4);
        }
        while (!c.atEnd()) {
            char ch = c.charAt(c.pos);
            if (c.inEdgeGroup && ch == ')') {
                if (closesEdgeGroup()) {
                    break;
                }
                c.pos++;
                b.lastNonSpace = c.pos;
                b.text.append(ch);
                continue;
            }
            if (endsAnyUnquoted(ch) || (inKey && endsKey(ch))) {
                break;
            }
            if (inKey && ch == '-') {
                if (c.atEnd(c.pos + 1) || isEdgeStart(c.charAt(c.pos + 1))) {
                    break;
                }
                c.pos++;
                b.text.append('-');
                if (endsAnyUnquoted(c.charAt(c.pos))) {
                    return b.build(); // a trailing '-' is kept in the text but not in the span
                }
                ch = c.charAt(c.pos);
            }
            if (!consumeUnquotedChar(b, ch, inKey)) {
                break;
            }
        }
        return b.build();
    }

    /**
     * The common case, without the builder: a string of plain chars (letters, digits, {@code _},
     * spaces and punctuation that means nothing in either mode) that ends where a key or value
     * ends. It is the substring itself, as the general loop would decode it. Null, with the cursor
     * unmoved, when anything else comes first: escapes, {@code $}, {@code *}, a {@code -} inside a
     * key, tabs, non-ASCII... are left to the general loop.
     */
    private UnquotedString parsePlainUnquoted(boolean inKey) {
        int start = c.pos;
        if (!inKey && c.text.startsWith("...@", start)) {
            return null; // reported by the general loop
        }
        boolean[] plain = inKey ? PLAIN_IN_KEY : PLAIN_IN_VALUE;
        String text = c.text;
        int lastNonSpace = start;
        int i = start;
        for (char ch; i < c.length && (ch = text.charAt(i)) < ASCII && plain[ch]; i++) {
            if (ch != ' ') {
                lastNonSpace = i + 1;
            }
        }
        boolean ends = i >= c.length || endsAnyUnquoted(text.charAt(i))
                || (inKey && (endsKey(text.charAt(i)) || startsEdge(text, i)));
        if (!ends || lastNonSpace == start) {
            return null;
        }
        c.pos = i;
        return UnquotedString.plain(c.span(start, lastNonSpace), c.text.substring(start, lastNonSpace), false);
    }

    /**
     * A key's {@code -} that begins an edge operator ({@code --}, {@code ->}, {@code -*}) ends the
     * key, as in the general loop: the source of every edge ({@code a -> b}) stays on this path.
     */
    private boolean startsEdge(String text, int i) {
        return text.charAt(i) == '-' && (c.atEnd(i + 1) || isEdgeStart(text.charAt(i + 1)));
    }

    private static final int ASCII = 128;
    /**
     * Chars that are text in keys and values alike, outside and inside edge groups. A table, read
     * once per char of nearly every key and value, instead of a chain of comparisons.
     */
    private static final boolean[] PLAIN_IN_KEY =
            asciiTable("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ /,+=!?%'\"(@");
    /** Plain chars, and those that end or split keys ({@code a.b}, {@code a -> b}, {@code a: b}) but are text in values. */
    private static final boolean[] PLAIN_IN_VALUE =
            asciiTable("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ /,+=!?%'\"(@-.:<>&");

    private static boolean[] asciiTable(String members) {
        boolean[] table = new boolean[ASCII];
        for (int i = 0; i < members.length(); i++) {
            table[members.charAt(i)] = true;
        }
        return table;
    }

    /** Handles one char already known to belong to the string; false when the string ends. */
    private boolean consumeUnquotedChar(UnquotedBuilder b, char ch, boolean inKey) {
        if (ch == '*') {
            b.pattern = true;
        }
        c.pos++;
        if (!Cursor.isSpace(ch)) {
            b.lastNonSpace = c.pos;
        }
        if (!inKey && ch == '$') {
            Substitution subst = keys.parseSubstitution(false, c.pos - 1);
            if (subst != null) {
                b.flush(subst.span().start());
                b.parts.add(subst);
                b.literalStart = c.pos;
            }
            return true; // a '$' that starts no substitution is dropped, as in d2
        }
        if (ch != '\\') {
            b.text.append(ch);
            return true;
        }
        return consumeEscape(b);
    }

    private boolean consumeEscape(UnquotedBuilder b) {
        if (c.atEnd()) {
            c.error(Codes.UNFINISHED_ESCAPE, "unfinished escape sequence", c.pos - 1, c.length);
            return false;
        }
        int cp = c.text.codePointAt(c.pos);
        c.pos += Character.charCount(cp);
        if (cp == '\n') {
            int j = c.nextOnLine();
            if (j < 0) {
                return false;
            }
            c.pos = j;
            return true;
        }
        b.text.appendCodePoint(decodeEscape(cp));
        return true;
    }

    private boolean closesEdgeGroup() {
        int j = c.nextOnLine(c.pos + 1);
        if (j < 0) {
            return true;
        }
        return switch (c.charAt(j)) {
            case '#', '{', '}', '[', ']', ':', '.' -> true;
            default -> false;
        };
    }

    static boolean endsAnyUnquoted(char ch) {
        return switch (ch) {
            case '\n', ';', '#', '{', '}', '[', ']' -> true;
            default -> false;
        };
    }

    private static boolean endsKey(char ch) {
        return ch == ':' || ch == '.' || ch == '<' || ch == '>' || ch == '&';
    }

    private static boolean isEdgeStart(char next) {
        return next == '-' || next == '>' || next == '*';
    }

    static int decodeEscape(int cp) {
        return switch (cp) {
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> cp;
        };
    }

    /** Collects an unquoted string: decoded text, interpolation parts, glob flag, span. */
    private final class UnquotedBuilder {
        final int start;
        int literalStart;
        int lastNonSpace;
        boolean pattern;
        final StringBuilder text = new StringBuilder();
        final List<StringPart> parts = new ArrayList<>();

        UnquotedBuilder(int start) {
            this.start = start;
            this.literalStart = start;
            this.lastNonSpace = start;
        }

        void flush(int end) {
            if (!text.isEmpty()) {
                parts.add(new StringPart.Literal(c.span(literalStart, end), text.toString()));
                text.setLength(0);
            }
        }

        UnquotedString build() {
            String last = BlockText.stripTrailingSpace(text.toString());
            if (last.isEmpty()) {
                if (parts.isEmpty()) {
                    return null;
                }
            } else {
                if (parts.isEmpty()) {
                    // one literal over the whole string (literalStart is start): kept as plain text
                    return UnquotedString.plain(c.span(start, lastNonSpace), last, pattern);
                }
                parts.add(new StringPart.Literal(c.span(literalStart, Math.max(literalStart, lastNonSpace)), last));
            }
            return new UnquotedString(c.span(start, lastNonSpace), parts, pattern);
        }
    }
}
