package dev.fivenines.feedback.d2.parser;

import dev.fivenines.feedback.d2.ast.DoubleQuotedString;
import dev.fivenines.feedback.d2.ast.Import;
import dev.fivenines.feedback.d2.ast.KeyPath;
import dev.fivenines.feedback.d2.ast.StringPart;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Key paths ({@code a.b."c"}) and the productions built on them: substitutions and imports. */
final class KeyScanner {

    private final Cursor c;
    final StringScanner strings;

    KeyScanner(Cursor cursor) {
        this.c = cursor;
        this.strings = new StringScanner(cursor, this);
    }

    /** A dotted path on the current line, or null when no element could be read. */
    KeyPath parseKey() {
        // most keys have one element: List.of holds it without the list, array and copy of the loop
        StringValue first = parseKeyElement();
        if (first == null) {
            return null;
        }
        int j = c.nextOnLine();
        if (j < 0 || c.charAt(j) != '.') {
            return checkLength(new KeyPath(first.span(), List.of(first)));
        }
        c.pos = j + 1;
        List<StringValue> path = new ArrayList<>();
        path.add(first);
        while (true) {
            StringValue s = parseKeyElement();
            if (s == null) {
                break;
            }
            path.add(s);
            j = c.nextOnLine();
            if (j < 0 || c.charAt(j) != '.') {
                break;
            }
            c.pos = j + 1;
        }
        return checkLength(new KeyPath(c.span(first.span().start(), path.getLast().span().end()), path));
    }

    /** One element of a key path on the current line, or null when none can be read there. */
    private StringValue parseKeyElement() {
        int j = c.nextOnLine();
        if (j < 0 || c.charAt(j) == '(') {
            return null;
        }
        // only an element starting with @ (or an escape, which may decode to one) can read as an import
        boolean mayStartWithAt = c.charAt(j) == '@' || c.charAt(j) == '\\';
        StringValue s = strings.parseStringAt(j, true);
        if (mayStartWithAt && s instanceof UnquotedString u && firstText(u).startsWith("@")) {
            String name = firstText(u);
            c.error(Codes.IMPORT_IN_KEY, name + " is not a valid import, did you mean ..." + name + "?",
                    u.span().start(), u.span().end());
        }
        return s;
    }

    /** D2 limits each element to 518 bytes of UTF-8 (its first literal part, as d2 measures it). */
    private KeyPath checkLength(KeyPath key) {
        List<StringValue> path = key.path();
        for (int i = 0; i < path.size(); i++) { // indexed: no iterator per key (seen in allocation profiles)
            String text = firstText(path.get(i));
            if (text.length() * 3 <= D2Parser.MAX_KEY_BYTES) {
                continue; // a UTF-16 unit is at most 3 UTF-8 bytes: no need to encode short keys
            }
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > D2Parser.MAX_KEY_BYTES) {
                c.error(Codes.KEY_TOO_LONG, "key length " + bytes + " exceeds maximum allowed length of "
                        + D2Parser.MAX_KEY_BYTES, key.span().start(), key.span().end());
                return key;
            }
        }
        return key;
    }

    /**
     * The text d2 calls a string's ScalarString: for interpolated strings only the first part, and
     * only when it is literal. Re-typing (null, true, numbers) and key checks look at this.
     */
    static String firstText(StringValue s) {
        // instanceof rather than a pattern switch: this runs for every key element and value
        List<StringPart> parts;
        if (s instanceof UnquotedString u) {
            if (u.isPlain()) {
                return u.value();
            }
            parts = u.parts();
        } else if (s instanceof DoubleQuotedString d) {
            parts = d.parts();
        } else {
            return s.value();
        }
        return !parts.isEmpty() && parts.getFirst() instanceof StringPart.Literal l ? l.text() : "";
    }

    /**
     * {@code ${path}}, with the cursor after the {@code $} (or {@code ...$}) that starts at
     * {@code start}. Null when no <code>&#123;</code> follows on this line.
     */
    Substitution parseSubstitution(boolean spread, int start) {
        int j = c.nextOnLine();
        if (j < 0) {
            return null;
        }
        if (c.charAt(j) != '{') {
            c.error(Codes.SUBSTITUTION_WITHOUT_BRACE, "substitutions must begin on {", start, j + 1);
            return null;
        }
        c.pos = j + 1;
        KeyPath path = orEmpty(parseKey());
        j = c.skipSpace(c.pos);
        String unterminated = "substitutions must be terminated by }";
        if (j >= c.length) {
            c.error(Codes.UNTERMINATED_SUBSTITUTION, unterminated, start, c.length);
        } else if (c.newlineBetween(c.pos, j) || c.charAt(j) != '}') {
            c.error(Codes.UNTERMINATED_SUBSTITUTION, unterminated, start, c.pos);
        } else {
            c.pos = j + 1;
        }
        return new Substitution(c.span(start, c.pos), spread, path);
    }

    /** {@code @path} or {@code ...@path}, with the cursor after the {@code @}. */
    Import parseImport(boolean spread, int start) {
        int prefixStart = c.pos;
        while (!c.atEnd() && (c.charAt(c.pos) == '.' || c.charAt(c.pos) == '/')) {
            c.pos++;
        }
        String prefix = c.text.substring(prefixStart, c.pos);
        KeyPath key = parseKey();
        if (key != null && key.path().size() > 1 && key.path().get(0).unquoted()
                && key.path().get(1) instanceof UnquotedString ext && firstText(ext).equals("d2")) {
            List<StringValue> path = new ArrayList<>(key.path());
            path.remove(1);
            key = new KeyPath(key.span(), path);
        }
        return new Import(c.span(start, c.pos), spread, prefix, orEmpty(key));
    }

    /** Missing paths become empty ones so that consumers need no null checks. */
    private KeyPath orEmpty(KeyPath key) {
        return key != null ? key : new KeyPath(c.span(c.pos, c.pos), List.of());
    }
}
