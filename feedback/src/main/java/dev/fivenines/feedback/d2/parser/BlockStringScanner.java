package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.BlockString;

/**
 * {@code |tag ... |}: a run of quote characters after the first {@code |} chooses the terminator
 * (last quote char + the run without its first char + {@code |}), so the body may contain shorter
 * runs of the delimiter.
 */
final class BlockStringScanner {

    private final Cursor c;

    BlockStringScanner(Cursor cursor) {
        this.c = cursor;
    }

    /** Called with the cursor just after the opening {@code |} at {@code start}. */
    BlockString parse(int start) {
        c.depth++;
        try {
            return parseBody(start);
        } finally {
            c.depth--;
        }
    }

    private BlockString parseBody(int start) {
        String quote = readWhile(start, true);
        String tag = quote == null ? null : readWhile(start, false);
        if (quote == null || tag == null) {
            return unterminated(start, quote == null ? "" : quote, "", new StringBuilder());
        }
        tag = tag.isEmpty() ? "md" : tag;
        StringBuilder body = new StringBuilder();
        if (!skipFirstLineSpace(body)) {
            return unterminated(start, quote, tag, body);
        }
        int endHint = quote.isEmpty() ? '|' : quote.codePointBefore(quote.length());
        String endRest = quote.isEmpty() ? "" : quote.substring(Character.charCount(quote.codePointAt(0))) + "|";
        while (!c.atEnd()) {
            int cp = c.text.codePointAt(c.pos);
            c.pos += Character.charCount(cp);
            if (cp != endHint) {
                body.appendCodePoint(cp);
                continue;
            }
            if (c.length - c.pos < endRest.length()) {
                break;
            }
            if (c.text.startsWith(endRest, c.pos)) {
                c.pos += endRest.length();
                return new BlockString(c.span(start, c.pos), quote, tag, BlockText.clean(body.toString()));
            }
            body.appendCodePoint(cp);
        }
        return unterminated(start, quote, tag, body);
    }

    private BlockString unterminated(int start, String quote, String tag, StringBuilder body) {
        c.pos = c.length;
        c.error(Codes.UNTERMINATED_BLOCK_STRING, "block string must be terminated with " + quote + "|",
                start, c.length);
        String shownTag = tag.isEmpty() ? "md" : tag;
        return new BlockString(c.span(start, c.length), quote, shownTag, BlockText.clean(body.toString()));
    }

    /**
     * The quote run ({@code quoteRun}: chars that are not space, letter, digit or {@code _}) or
     * the tag (non-space chars). Null when the input ends first.
     */
    private String readWhile(int start, boolean quoteRun) {
        int from = c.pos;
        while (!c.atEnd()) {
            int cp = c.text.codePointAt(c.pos);
            boolean stop = quoteRun
                    ? Cursor.isSpace(cp) || Character.isLetter(cp) || Character.isDigit(cp) || cp == '_'
                    : Cursor.isSpace(cp);
            if (stop) {
                return c.text.substring(from, c.pos);
            }
            c.pos += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Skips spaces up to and including the first newline. Text on the opening line gets D2's
     * implicit indent (two spaces per depth) so that common-indent removal treats it like the rest.
     */
    private boolean skipFirstLineSpace(StringBuilder body) {
        while (!c.atEnd()) {
            char ch = c.charAt(c.pos);
            if (!Cursor.isSpace(ch)) {
                body.repeat(' ', c.depth * 2);
                return true;
            }
            c.pos++;
            if (ch == '\n') {
                return true;
            }
        }
        return false;
    }
}
