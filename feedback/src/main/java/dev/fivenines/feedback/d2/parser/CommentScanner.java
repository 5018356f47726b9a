package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.BlockComment;
import dev.fivenines.feedback.d2.ast.Comment;

/** Line comments (consecutive lines form one node) and {@code """} block comments. */
final class CommentScanner {

    private final Cursor c;

    CommentScanner(Cursor cursor) {
        this.c = cursor;
    }

    /** {@code # ...} lines, with the cursor after the first {@code #} at {@code start}. */
    Comment parseComment(int start) {
        StringBuilder text = new StringBuilder();
        readCommentLine(text);
        while (true) {
            int j = c.skipSpace(c.pos);
            if (j >= c.length || c.charAt(j) != '#' || c.countNewlines(c.pos, j) >= 2) {
                break;
            }
            text.append('\n');
            c.pos = j + 1;
            readCommentLine(text);
        }
        return new Comment(c.span(start, c.pos), text.toString());
    }

    private void readCommentLine(StringBuilder text) {
        int end = c.text.indexOf('\n', c.pos);
        end = end < 0 ? c.length : end;
        int from = c.pos < end && c.charAt(c.pos) == ' ' ? c.pos + 1 : c.pos;
        text.append(c.text, from, end);
        c.pos = end;
    }

    /** {@code """ ... """}, with the cursor after the opening quotes at {@code start}. */
    BlockComment parseBlockComment(int start) {
        c.depth++;
        try {
            while (!c.atEnd() && Cursor.isSpace(c.charAt(c.pos))) {
                if (c.charAt(c.pos++) == '\n') {
                    break;
                }
            }
            int end = c.text.indexOf("\"\"\"", c.pos);
            if (end < 0) {
                String body = c.text.substring(c.pos);
                c.pos = c.length;
                c.error(Codes.UNTERMINATED_BLOCK_COMMENT, "block comments must be terminated with \"\"\"",
                        start, c.length);
                return new BlockComment(c.span(start, c.length), BlockText.clean(body));
            }
            String body = c.text.substring(c.pos, end);
            c.pos = end + 3;
            return new BlockComment(c.span(start, c.pos), BlockText.clean(body));
        } finally {
            c.depth--;
        }
    }
}
