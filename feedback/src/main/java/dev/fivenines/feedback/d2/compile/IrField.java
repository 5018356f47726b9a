package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.D2Array;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A named entry of an IR map: an object, a reserved keyword, a var, a board... The name keeps the
 * first spelling; {@code unquoted} decides whether it can be a keyword (quoted keywords are plain).
 */
final class IrField {

    final String name;
    /**
     * {@link #name} in lower case (ids and keywords are case-insensitive), computed once: the IR,
     * the graph builder and the validator all ask for it, for every field.
     */
    final String lowerName;
    final boolean unquoted;
    /**
     * An unquoted reserved word: globs skip these. Known once at creation because globs ask for
     * every field each time they are re-applied, and the check lower-cases the name.
     */
    final boolean reservedKeyword;
    IrMap owner;
    IrScalar primary;
    IrMap map;
    D2Array array;
    Boolean suspended;
    /** A var set to null: it stays, so lookups stop here and fail instead of reaching outer vars. */
    boolean nulled;
    /** Made with room for 2: every one gets a reference at once, most one or two (the default room is 10). */
    final List<IrRef> refs = new ArrayList<>(2);
    /**
     * Fields are equal only to themselves, but hash by a number drawn at creation instead of the
     * identity hash: the VM installs that on first use through a runtime call (~25 ns), and edge
     * numbering hashes both ends of every edge.
     */
    private final int hash = ThreadLocalRandom.current().nextInt();

    IrField(String name, boolean unquoted, IrMap owner) {
        this(name, name.toLowerCase(Locale.ROOT), unquoted, owner);
    }

    /** When the caller has already lower-cased {@code name} (as {@code lowerName}). */
    IrField(String name, String lowerName, boolean unquoted, IrMap owner) {
        this.name = name;
        this.lowerName = lowerName;
        this.unquoted = unquoted;
        this.owner = owner;
        this.reservedKeyword = unquoted && Keywords.isReservedLower(lowerName);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** True when this is the unquoted keyword {@code word} (keywords match case-insensitively). */
    boolean isKeyword(String word) {
        return unquoted && name.equalsIgnoreCase(word);
    }

    boolean isKeywordLower(String word) {
        return unquoted && name.equals(word);
    }

    /**
     * The unquoted keyword {@code layers}, {@code scenarios} or {@code steps} (exact spelling).
     * Board keywords are reserved words, so ordinary names (most fields) are answered without a
     * set look-up: this runs for every field and, through {@link IrMap#isBoardRoot}, every map.
     */
    boolean isBoardKeyword() {
        return reservedKeyword && Keywords.BOARDS.contains(name);
    }

    IrMap ensureMap() {
        if (map == null) {
            map = new IrMap(this, null);
        }
        return map;
    }

    /** The last statement that touched this field; fields always have one (globs add theirs). */
    IrRef lastRef() {
        return refs.getLast();
    }

    IrField copy(IrMap newOwner, IdentityHashMap<Object, Object> seen) {
        IrField copy = new IrField(name, lowerName, unquoted, newOwner);
        seen.put(this, copy);
        copy.primary = primary;
        copy.array = array;
        copy.suspended = suspended;
        if (map != null) {
            copy.map = map.copy(copy, null, seen);
        }
        for (IrRef ref : refs) {
            copy.refs.add(ref.inScope(IrMap.remap(ref.scope(), seen)));
        }
        return copy;
    }
}
