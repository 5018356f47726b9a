package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.DoubleQuotedString;
import dev.fivenines.feedback.d2.ast.SingleQuotedString;
import dev.fivenines.feedback.d2.ast.StringPart;
import dev.fivenines.feedback.d2.ast.Substitution;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code "..."} (escapes; substitutions in values) and {@code '...'} ({@code ''} is a quote, no
 * escapes). Both end at the line's end with an error; a backslash-newline joins lines.
 */
final class QuotedStringScanner {

    private final Cursor c;
    private final KeyScanner keys;

    QuotedStringScanner(Cursor cursor, KeyScanner keys) {
        this.c = cursor;
        this.keys = keys;
    }

    DoubleQuotedString parseDoubleQuoted(boolean inKey, int start) {
        List<StringPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int literalStart = c.pos;
        String unterminated = "double quoted strings must be terminated with \"";
        while (true) {
            if (c.atEnd()) {
                c.error(Codes.UNTERMINATED_DOUBLE_QUOTE, unterminated, start, c.length);
                break;
            }
            char ch = c.charAt(c.pos);
            if (ch == '\n') {
                c.error(Codes.UNTERMINATED_DOUBLE_QUOTE, unterminated, start, c.pos);
                break;
            }
            c.pos++;
            if (!inKey && ch == '$') {
                Substitution subst = keys.parseSubstitution(false, c.pos - 1);
                if (subst != null) {
                    flushLiteral(parts, text, literalStart, c.pos);
                    parts.add(subst);
                    literalStart = c.pos;
                    continue;
                }
            }
            if (ch == '"') {
                flushLiteral(parts, text, literalStart, c.pos - 1);
                return new DoubleQuotedString(c.span(start, c.pos), parts);
            }
            if (ch != '\\') {
                text.append(ch);
                continue;
            }
            if (c.atEnd()) {
                c.error(Codes.UNFINISHED_ESCAPE, "unfinished escape sequence", c.pos - 1, c.length);
                c.error(Codes.UNTERMINATED_DOUBLE_QUOTE, unterminated, start, c.length);
                break;
            }
            int cp = c.text.codePointAt(c.pos);
            c.pos += Character.charCount(cp);
            if (cp != '\n') {
                text.appendCodePoint(StringScanner.decodeEscape(cp));
            }
        }
        flushLiteral(parts, text, literalStart, c.pos);
        return new DoubleQuotedString(c.span(start, c.pos), parts);
    }

    private void flushLiteral(List<StringPart> parts, StringBuilder text, int start, int end) {
        if (!text.isEmpty()) {
            parts.add(new StringPart.Literal(c.span(start, end), text.toString()));
            text.setLength(0);
        }
    }

    SingleQuotedString parseSingleQuoted(int start) {
        StringBuilder text = new StringBuilder();
        String unterminated = "single quoted strings must be terminated with '";
        while (true) {
            if (c.atEnd()) {
                c.error(Codes.UNTERMINATED_SINGLE_QUOTE, unterminated, start, c.length);
                break;
            }
            char ch = c.charAt(c.pos);
            if (ch == '\n') {
                c.error(Codes.UNTERMINATED_SINGLE_QUOTE, unterminated, start, c.pos);
                break;
            }
            c.pos++;
            if (ch == '\'') {
                if (c.atEnd() || c.charAt(c.pos) != '\'') {
                    break;
                }
                c.pos++;
                text.append('\'');
            } else if (ch != '\\') {
                text.append(ch);
            } else if (!c.atEnd() && c.charAt(c.pos) == '\n') {
                c.pos++; // backslash-newline joins lines; any other backslash is literal
            } else if (!c.atEnd()) {
                text.append('\\');
            }
        }
        return new SingleQuotedString(c.span(start, c.pos), text.toString());
    }
}
