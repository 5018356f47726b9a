package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.D2Array;
import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.Edge;
import dev.fivenines.feedback.d2.ast.Import;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.MapNode;
import dev.fivenines.feedback.d2.ast.NullValue;
import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.Suspension;
import dev.fivenines.feedback.d2.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Edge statements of the IR: chains create one edge per hop, {@code (a -> b)[i]} addresses one. */
final class IrEdges {

    private final IrCompiler ir;

    IrEdges(IrCompiler ir) {
        this.ir = ir;
    }

    void compile(MapKey key, IrMap map) {
        IrMap base = baseOf(key, map);
        if (base == null) {
            return;
        }
        if (key.edgeIndex() != null) {
            refer(key, base, map);
            return;
        }
        for (Edge hop : key.edges()) {
            if (ir.globs.isGlob(hop.src().path()) || ir.globs.isGlob(hop.dst().path())) {
                ir.globs.compileEdgeGlob(key, map);
                return;
            }
        }
        for (Edge hop : key.edges()) {
            if (!checkEndpoint(hop.src().path()) || !checkEndpoint(hop.dst().path())) {
                return;
            }
            IrField src = ir.resolvePath(hop.src().path(), base, key, true);
            IrField dst = ir.resolvePath(hop.dst().path(), base, key, true);
            if (src != null && dst != null) {
                create(key, hop, src, dst, map);
            }
        }
    }

    /** The map an edge key's own key path names ({@code map} when it has none); null when that path does not resolve. */
    private IrMap baseOf(MapKey key, IrMap map) {
        if (key.key() == null) {
            return map;
        }
        IrField prefix = ir.resolvePath(key.key().path(), map, key, false);
        return prefix == null ? null : ir.mapOf(prefix);
    }

    /** Applies an edge glob: one edge per matching pair (no self edges) not connected by it yet. */
    void compileGlob(IrMap.Glob glob, IrMap map) {
        MapKey key = glob.key();
        IrMap base = baseOf(key, map);
        if (base == null) {
            return;
        }
        for (int i = 0; i < key.edges().size(); i++) {
            Edge hop = key.edges().get(i);
            if (!checkEndpoint(hop.src().path()) || !checkEndpoint(hop.dst().path())) {
                return;
            }
            List<IrField> sources = endpoints(hop.src().path(), base, key);
            List<IrField> targets = endpoints(hop.dst().path(), base, key);
            base.budget.globSteps((long) sources.size() * targets.size());
            for (IrField src : sources) {
                for (IrField dst : targets) {
                    if (src != dst && glob.applied().add(List.of(i, src, dst))) {
                        create(key, hop, src, dst, map);
                    }
                }
            }
        }
    }

    private List<IrField> endpoints(List<StringValue> path, IrMap base, MapKey key) {
        if (ir.globs.isGlob(path)) {
            List<IrField> matches = ir.globs.match(path, base, key, true);
            if (path.getLast().value().equals("**")) {
                // "** -> x" connects leaves only
                matches.removeIf(IrEdges::hasChildren);
            }
            return matches;
        }
        IrField field = ir.resolvePath(path, base, key, true);
        return field == null ? List.of() : List.of(field);
    }

    private boolean checkEndpoint(List<StringValue> path) {
        for (int i = 0; i < path.size(); i++) {
            StringValue element = path.get(i);
            if (!element.unquoted()) {
                continue;
            }
            String lower = element.value().toLowerCase(Locale.ROOT);
            if (!Keywords.isReservedLower(lower)) {
                continue; // almost every name; board keywords are reserved words too
            }
            boolean board = Keywords.BOARDS.contains(lower);
            if (board && i == path.size() - 2) {
                // the end is a board itself, not something inside one
                ir.error("cannot create edges between boards", element);
                return false;
            }
            if (board && path.size() == 1) {
                ir.error("edge with board keyword alone doesn't make sense", element);
                return false;
            }
            if (!board) {
                ir.error("reserved keywords are prohibited in edges", element);
                return false;
            }
        }
        return true;
    }

    private void create(MapKey key, Edge hop, IrField src, IrField dst, IrMap scope) {
        IrMap common = commonMap(src, dst);
        if (common == null) {
            ir.error("cannot create edges between boards", hop);
            return;
        }
        boolean srcArrow = hop.srcArrow().equals("<");
        boolean dstArrow = hop.dstArrow().equals(">");
        if (key.value() instanceof NullValue && key.edgeKey() == null) {
            deleteFirst(common, new IrEdge(common, src, srcArrow, dst, dstArrow));
            return;
        }
        IrEdge edge = new IrEdge(common, src, srcArrow, dst, dstArrow);
        common.addEdge(edge);
        edge.refs.add(new IrRef(ir.source, hop.span(), key, scope, true));
        applyToEdge(edge, key, scope);
        applyEdgeRefGlobs(edge);
    }

    private void deleteFirst(IrMap common, IrEdge like) {
        for (IrEdge edge : common.edges) {
            if (edge.sameEnds(like)) {
                // IR indexes stay: later "(a -> b)[1]" still addresses the second edge written
                common.edges.remove(edge);
                return;
            }
        }
    }

    private void refer(MapKey key, IrMap base, IrMap scope) {
        List<IrEdge> found = find(key, base);
        if (found.isEmpty() && !key.edgeIndex().glob()) {
            ir.error("indexed edge does not exist", key.edgeIndex());
            return;
        }
        if (isGlobRef(key)) {
            // like field globs, edge globs also reach the edges written after them
            scope.addEdgeRefGlob(new IrMap.EdgeRefGlob(key, base, scope, ir.source));
        }
        applyRef(found, key, scope);
    }

    private boolean isGlobRef(MapKey key) {
        Edge hop = key.edges().getFirst();
        return key.edgeIndex().glob() || ir.globs.isGlob(hop.src().path()) || ir.globs.isGlob(hop.dst().path());
    }

    private List<IrEdge> find(MapKey key, IrMap base) {
        Edge hop = key.edges().getFirst();
        List<IrField> sources = ir.globs.lookup(hop.src().path(), base);
        List<IrField> targets = ir.globs.lookup(hop.dst().path(), base);
        base.budget.globSteps((long) sources.size() * targets.size());
        boolean srcArrow = hop.srcArrow().equals("<");
        boolean dstArrow = hop.dstArrow().equals(">");
        List<IrEdge> found = new ArrayList<>();
        for (IrField src : sources) {
            for (IrField dst : targets) {
                IrMap common = commonMap(src, dst);
                if (common == null) {
                    continue;
                }
                for (IrEdge edge : common.edges) {
                    boolean indexMatches = key.edgeIndex().glob() || edge.index == key.edgeIndex().index();
                    if (edge.src == src && edge.dst == dst && edge.srcArrow == srcArrow
                            && edge.dstArrow == dstArrow && indexMatches) {
                        found.add(edge);
                    }
                }
            }
        }
        return found;
    }

    /**
     * {@code find(key, base).contains(edge)} for one edge of its owner map, without trying every
     * pair of matching ends: find collects, for each source and target, the edges of their common
     * map that join them. This runs for every new edge and every edge glob in scope.
     */
    private boolean addresses(MapKey key, IrMap base, IrEdge edge) {
        Edge hop = key.edges().getFirst();
        if (edge.srcArrow != hop.srcArrow().equals("<") || edge.dstArrow != hop.dstArrow().equals(">")) {
            return false;
        }
        if (!key.edgeIndex().glob() && edge.index != key.edgeIndex().index()) {
            return false;
        }
        IrMap common = commonMap(edge.src, edge.dst);
        if (common != edge.owner && (common == null || !common.edges.contains(edge))) {
            return false;
        }
        return containsSame(ir.globs.lookup(hop.src().path(), base), edge.src)
                && containsSame(ir.globs.lookup(hop.dst().path(), base), edge.dst);
    }

    private static boolean containsSame(List<IrField> fields, IrField field) {
        for (IrField f : fields) {
            if (f == field) {
                return true;
            }
        }
        return false;
    }

    private void applyRef(List<IrEdge> found, MapKey key, IrMap scope) {
        Edge hop = key.edges().getFirst();
        boolean glob = isGlobRef(key);
        if (glob) {
            found.removeIf(edge -> !EdgeFilters.passes(edge, key));
            ir.globDepth++;
        }
        for (IrEdge edge : found) {
            edge.refs.add(new IrRef(ir.source, hop.span(), key, scope, true));
            if (key.edgeKey() != null) {
                IrField field = ir.resolvePath(key.edgeKey().path(), edge.ensureMap(), key, false);
                if (field != null) {
                    ir.applyValue(field, key, scope);
                }
            } else if (key.value() instanceof NullValue) {
                edge.owner.edges.remove(edge);
            } else {
                applyToEdge(edge, key, scope);
            }
        }
        if (glob) {
            ir.globDepth--;
        }
    }

    /** A new edge meets the edge globs written before it in its scope, applied without overwriting. */
    private void applyEdgeRefGlobs(IrEdge edge) {
        if (ir.globDepth > 0 || ir.lazy) {
            return;
        }
        for (IrMap map = edge.owner; map != null; map = map.parent()) {
            for (IrMap.EdgeRefGlob glob : List.copyOf(map.edgeRefGlobs())) {
                if (!edge.owner.edges.contains(edge) || !addresses(glob.key(), glob.base(), edge)) {
                    continue;
                }
                var saved = ir.source;
                ir.source = glob.source();
                ir.lazy = true;
                applyRef(new ArrayList<>(List.of(edge)), glob.key(), glob.scope());
                ir.lazy = false;
                ir.source = saved;
            }
        }
    }

    void applyToEdge(IrEdge edge, MapKey key, IrMap scope) {
        if (key.edgeKey() != null) {
            IrField field = ir.resolvePath(key.edgeKey().path(), edge.ensureMap(), key, false);
            if (field != null) {
                ir.applyValue(field, key, scope);
            }
            return;
        }
        if (key.primary() instanceof Suspension suspension) {
            if (!ir.lazy) {
                edge.suspended = ir.suspend(suspension);
            }
        } else if (key.primary() != null) {
            edge.primary = ir.vars.resolveScalar(key.primary(), edge.owner);
        }
        Value value = key.value();
        switch (value) {
            case null -> { }
            case NullValue nullValue -> { }
            case Suspension suspension -> {
                if (!ir.lazy) {
                    edge.suspended = ir.suspend(suspension);
                }
            }
            case Scalar scalar when IrVars.wholeSubstitution(scalar) != null ->
                    ir.vars.substituteEdgeValue(IrVars.wholeSubstitution(scalar), edge);
            case Scalar scalar -> {
                if (!(ir.lazy && edge.primary != null)) {
                    edge.primary = ir.vars.resolveScalar(scalar, edge.owner);
                }
            }
            case D2Map map -> compileEdgeMap(map, edge.ensureMap());
            case D2Array array -> ir.error("edges cannot be assigned arrays", array);
            case Import anImport -> ir.imports.importIntoMap(anImport, edge.ensureMap());
            case Substitution substitution -> ir.vars.substituteEdgeValue(substitution, edge);
        }
    }

    private void compileEdgeMap(D2Map ast, IrMap edgeMap) {
        for (MapNode node : ast.nodes()) {
            if (node instanceof MapKey key && key.isEdge()) {
                ir.error("cannot create edge inside edge", key);
            } else if (node instanceof MapKey key) {
                ir.compileKey(key, edgeMap);
            }
        }
    }

    /**
     * The deepest map holding both fields, inside one board; null when they are in different boards.
     * Climbs by depth, without allocating: this runs once per edge.
     */
    static IrMap commonMap(IrField src, IrField dst) {
        IrMap a = src.owner;
        IrMap b = dst.owner;
        int depthA = a.depth();
        int depthB = b.depth();
        for (; depthA > depthB; depthA--) {
            a = a.parent();
        }
        for (; depthB > depthA; depthB--) {
            b = b.parent();
        }
        while (a != b && a != null && b != null) {
            a = a.parent();
            b = b.parent();
        }
        return a == b ? a : null;
    }

    private static boolean hasChildren(IrField field) {
        return field.map != null && field.map.fields.stream().anyMatch(f -> !f.reservedKeyword);
    }
}
