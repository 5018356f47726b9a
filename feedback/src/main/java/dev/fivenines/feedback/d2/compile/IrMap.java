package dev.fivenines.feedback.d2.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A map of the IR: fields in first-seen order, indexed by lower-cased name (ids are
 * case-insensitive; lookups stay O(1) so compiling is linear), and the edges stored here.
 */
final class IrMap {

    final IrField ownerField;
    final IrEdge ownerEdge;
    /** For a board root: the map holding the board keyword, so vars and classes are inherited. */
    IrMap outerBoard;
    /** For the root map of an imported file: the map importing it (the file is its own scope). */
    IrMap importer;
    final List<IrField> fields = new ArrayList<>();
    private final Map<String, IrField> byName = new HashMap<>();
    final List<IrEdge> edges = new ArrayList<>();
    /** Globs are rare: each list is made at its first glob ({@code List.of()} until then). */
    private List<Glob> globs = List.of();
    private List<EdgeRefGlob> edgeRefGlobs = List.of();
    /**
     * How many edges with the same ends and arrows this map holds: the next edge's index, in O(1).
     * Made at the first edge (null until then): most maps of a diagram hold none.
     */
    private Map<Ends, Integer> edgeCounts;
    /** Equal only to itself; hashed by a number drawn at creation, as {@link IrField#hashCode} explains. */
    private final int hash = ThreadLocalRandom.current().nextInt();

    /** The element budget of this compile: a new root starts one, every other map shares its owner's. */
    final IrBudget budget;
    /** Maps above this one, through imports, boards and edges (0 for a compile's root). */
    private final int nesting;

    IrMap(IrField ownerField, IrEdge ownerEdge) {
        this.ownerField = ownerField;
        this.ownerEdge = ownerEdge;
        IrMap owner = ownerField != null ? ownerField.owner : ownerEdge != null ? ownerEdge.owner : null;
        this.budget = owner != null ? owner.budget : new IrBudget(IrBudget.MAX_ELEMENTS);
        this.nesting = owner != null ? owner.nesting + 1 : 0;
        budget.nest(nesting);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The field named {@code name} as an unquoted key would address it (keywords as keywords). */
    IrField get(String name) {
        return byName.get(keyOf(name, true));
    }

    /** {@link #get(String)} for a name already in lower case (the keywords the compiler looks up). */
    IrField getLower(String lower) {
        return byName.get(lower); // an unquoted name's key is its lower-case form
    }

    IrField get(String name, boolean unquoted) {
        return byName.get(keyOf(name, unquoted));
    }

    IrField ensure(String name, boolean unquoted) {
        return ensureLowerKnown(name, name.toLowerCase(Locale.ROOT), unquoted);
    }

    /** {@link #ensure} when the caller has already lower-cased {@code name} (as {@code lower}). */
    IrField ensureLowerKnown(String name, String lower, boolean unquoted) {
        String key = keyOfLower(lower, unquoted);
        IrField field = byName.get(key);
        if (field == null) {
            budget.spend();
            field = new IrField(name, lower, unquoted, this);
            fields.add(field);
            byName.put(key, field);
        }
        return field;
    }

    /** Ids are case-insensitive; a quoted keyword ({@code "shape"}) is a plain name, distinct from the keyword. */
    private static String keyOf(String name, boolean unquoted) {
        return keyOfLower(name.toLowerCase(Locale.ROOT), unquoted);
    }

    private static String keyOfLower(String lower, boolean unquoted) {
        return !unquoted && Keywords.isReservedLower(lower) ? "\"" + lower : lower;
    }

    void addEdge(IrEdge edge) {
        budget.spend();
        edge.owner = this;
        edge.index = count(edge);
        edges.add(edge);
    }

    /** Re-assigns indexes after edges were removed or copied in: d2 numbers the survivors anew. */
    void renumberEdges() {
        edgeCounts = null;
        for (IrEdge edge : edges) {
            edge.owner = this;
            edge.index = count(edge);
        }
    }

    /** The number of edges counted before with the ends and arrows of {@code edge}; counts this one. */
    private int count(IrEdge edge) {
        if (edgeCounts == null) {
            edgeCounts = new HashMap<>();
        }
        return edgeCounts.merge(Ends.of(edge), 1, Integer::sum) - 1;
    }

    List<Glob> globs() {
        return globs;
    }

    List<EdgeRefGlob> edgeRefGlobs() {
        return edgeRefGlobs;
    }

    void addGlob(Glob glob) {
        globs = Lists.appended(globs, glob);
    }

    void addGlobs(List<Glob> more) {
        for (Glob glob : more) {
            addGlob(glob);
        }
    }

    void addEdgeRefGlob(EdgeRefGlob glob) {
        edgeRefGlobs = Lists.appended(edgeRefGlobs, glob);
    }

    private record Ends(IrField src, IrField dst, boolean srcArrow, boolean dstArrow) {
        static Ends of(IrEdge edge) {
            return new Ends(edge.src, edge.dst, edge.srcArrow, edge.dstArrow);
        }

        /** Written out: the generated one goes through a method handle, and this runs for every edge. */
        @Override
        public int hashCode() {
            return (31 * src.hashCode() + dst.hashCode()) * 4 + (srcArrow ? 2 : 0) + (dstArrow ? 1 : 0);
        }
    }

    /** Takes over a field copied from another map (board inheritance). */
    void adopt(IrField field) {
        budget.spend();
        field.owner = this;
        fields.add(field);
        byName.put(keyOfLower(field.lowerName, field.unquoted), field);
    }

    void remove(IrField field) {
        if (fields.remove(field)) {
            byName.remove(keyOfLower(field.lowerName, field.unquoted));
        }
    }

    /** The enclosing map inside the same board, or null at a board root. */
    IrMap parent() {
        if (ownerEdge != null) {
            return ownerEdge.owner;
        }
        if (ownerField == null || importer != null || isBoardRoot()) {
            return null;
        }
        return ownerField.owner;
    }

    /** True for the file root and for the root map of a layer, scenario or step. */
    boolean isBoardRoot() {
        if (ownerEdge != null) {
            return false;
        }
        if (ownerField == null) {
            return true;
        }
        if (importer != null) {
            return importer.isBoardRoot();
        }
        IrMap boardsMap = ownerField.owner;
        return boardsMap.ownerField != null && boardsMap.ownerField.isBoardKeyword();
    }

    IrMap boardRoot() {
        IrMap map = this;
        while (map.parent() != null) {
            map = map.parent();
        }
        return map;
    }

    /** The map holding this map's vars/classes lookups next: parent in the board, else outer board. */
    IrMap lookupParent() {
        IrMap parent = parent();
        if (parent != null) {
            return parent;
        }
        if (importer != null) {
            return importer;
        }
        return isBoardRoot() ? outerBoard : null;
    }

    int depth() {
        int depth = 0;
        for (IrMap map = parent(); map != null; map = map.parent()) {
            depth++;
        }
        return depth;
    }

    IrMap copy(IrField newOwnerField, IrEdge newOwnerEdge, IdentityHashMap<Object, Object> seen) {
        IrMap copy = new IrMap(newOwnerField, newOwnerEdge);
        copy.outerBoard = outerBoard;
        copyInto(copy, seen);
        return copy;
    }

    /** Deep-copies this map's fields, edges and globs into {@code target} (fields first: edges point at them). */
    void copyInto(IrMap target, IdentityHashMap<Object, Object> seen) {
        copyInto(target, seen, field -> true, glob -> true);
    }

    /**
     * Copies the fields {@code keep} accepts (and the edges between copied fields) and the globs
     * {@code keepGlob} accepts.
     */
    void copyInto(IrMap target, IdentityHashMap<Object, Object> seen, java.util.function.Predicate<IrField> keep,
                  java.util.function.Predicate<Glob> keepGlob) {
        seen.put(this, target);
        for (IrField field : fields) {
            if (keep.test(field)) {
                target.adopt(field.copy(target, seen));
            }
        }
        for (IrEdge edge : edges) {
            if (seen.containsKey(edge.src) && seen.containsKey(edge.dst)) {
                target.budget.spend();
                target.edges.add(edge.copy(target, seen));
            }
        }
        target.renumberEdges();
        for (Glob glob : globs) {
            if (keepGlob.test(glob)) {
                target.addGlob(glob);
            }
        }
    }

    static IrMap remap(IrMap map, IdentityHashMap<Object, Object> seen) {
        Object mapped = seen.get(map);
        return mapped == null ? map : (IrMap) mapped;
    }

    /** {@code (* -> *)[*]...} remembered by the map it was written in, for edges created later. */
    record EdgeRefGlob(dev.fivenines.feedback.d2.ast.MapKey key, IrMap base, IrMap scope,
                       dev.fivenines.feedback.d2.source.SourceText source) {
    }

    /** A glob statement remembered by the map it was written in, re-applied to later fields. */
    record Glob(dev.fivenines.feedback.d2.ast.MapKey key, dev.fivenines.feedback.d2.source.SourceText source,
                Set<Object> applied, boolean edge) {
    }
}
