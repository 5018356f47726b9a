package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.List;

/**
 * Parses one D2 file into a syntax tree, as terrastruct/d2 v0.7.1's {@code d2parser} does: same
 * accepted language, same error messages and positions (columns in UTF-16 code units).
 *
 * <p>{@link #parse} never throws on any input: it returns the (possibly partial) tree and every
 * diagnostic. It is static and thread-safe; each call has its own state.
 */
public final class D2Parser {

    /**
     * Maps and arrays nested deeper than this are reported and skipped instead of recursed into.
     * One level of {@code a: {} costs about 1.3 KiB of stack once compiled, but several times that
     * while the JVM still interprets the parser (a cold start overflowed 512 KiB at 256 levels), so
     * the cap leaves a wide margin; real diagrams rarely nest more than ten levels.
     */
    public static final int MAX_NESTING = 100;
    /** Longer inputs are reported and not parsed (16 Mi UTF-16 units, far above any diagram). */
    public static final int MAX_INPUT_CHARS = 16 * 1024 * 1024;
    /** d2's own limit on one key element, in UTF-8 bytes. */
    public static final int MAX_KEY_BYTES = 518;

    private D2Parser() {
    }

    public static ParseResult parse(SourceText source) {
        Cursor cursor = new Cursor(source);
        if (source.length() > MAX_INPUT_CHARS) {
            cursor.error(Codes.INPUT_TOO_LONG, "input too long: " + source.length()
                    + " characters exceed the limit of " + MAX_INPUT_CHARS, 0, 0);
            return new ParseResult(source, new D2Map(cursor.span(0, source.length()), List.of()), cursor.diagnostics());
        }
        D2Map document = new Parser(cursor).parseFile();
        return new ParseResult(source, document, cursor.diagnostics());
    }
}
