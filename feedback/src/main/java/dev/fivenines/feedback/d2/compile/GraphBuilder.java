package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one board of the IR into objects and edges (d2compiler's compileMap/compileField/
 * compileEdge): fields become objects (keywords become attributes), edges connect objects.
 */
final class GraphBuilder {

    final Diagnostics diagnostics;
    final GObj root = GObj.root();
    final List<GObj> objects = new ArrayList<>();
    final List<GEdge> edges = new ArrayList<>();
    final Reserved reserved;
    /** Hashed by {@link IrMap#hashCode}, which (unlike an identity map's hash) costs no runtime call per new map. */
    private final Map<IrMap, GObj> objectOfMap = new HashMap<>();
    private final Map<EdgeEnds, Integer> edgeCounts = new HashMap<>();
    private final IrMap board;
    /** The class maps being applied now, innermost last. */
    private final List<IrMap> classesBeingApplied = new ArrayList<>(2);
    /** The last scope {@link #scopeObject} looked up, and its object (null when the map has none). */
    private IrMap lastScopeMap;
    private GObj lastScopeObject;

    GraphBuilder(Diagnostics diagnostics, IrMap board) {
        this.diagnostics = diagnostics;
        this.board = board;
        this.reserved = new Reserved(diagnostics);
        objectOfMap.put(board, root);
    }

    void build() {
        compileMap(root, board, false);
    }

    void compileMap(GObj obj, IrMap map, boolean classMap) {
        applyClasses(obj, map);
        IrField shape = map.getLower("shape");
        if (shape != null && shape.unquoted) {
            if (shape.map != null || shape.array != null) {
                reserved.error("reserved field shape does not accept composite", shape.lastRef());
            } else {
                compileField(obj, shape);
            }
        }
        for (IrField field : map.fields) {
            if (field.isKeywordLower("shape") || field.isBoardKeyword()) {
                continue;
            }
            compileField(obj, field);
        }
        if (classMap) {
            return;
        }
        if (obj.hasShape("class")) {
            Special.compileClass(obj, objects);
        } else if (obj.hasShape("sql_table")) {
            Special.compileSqlTable(obj, objects);
        }
        for (IrEdge edge : map.edges) {
            compileEdge(obj, edge);
        }
    }

    /** {@code class: name} (or an array of names) applies the maps of {@code classes.name}. */
    private void applyClasses(GObj obj, IrMap map) {
        if (map.getLower("class") == null) {
            return; // most maps: no list of class maps to make and walk
        }
        for (IrMap classMap : classMaps(map)) {
            if (classesBeingApplied.contains(classMap)) {
                // a class that applies itself, directly or through a child ("classes: {n: {class: n}}",
                // which d2 reports): once is all there is to apply, and again would never end
                continue;
            }
            classesBeingApplied.add(classMap);
            try {
                compileMap(obj, classMap, true);
            } finally {
                classesBeingApplied.removeLast();
            }
        }
    }

    List<IrMap> classMaps(IrMap map) {
        IrField field = map.getLower("class");
        if (field == null || !field.unquoted) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (field.primary != null) {
            names.add(field.primary.text());
        } else if (field.array != null) {
            for (Value value : field.array.nodes().stream().filter(Value.class::isInstance)
                    .map(Value.class::cast).toList()) {
                if (value instanceof Scalar scalar) {
                    names.add(scalar.text());
                }
            }
        }
        List<IrMap> maps = new ArrayList<>();
        for (String name : names) {
            IrMap classMap = findClass(map, name);
            if (classMap != null) {
                maps.add(classMap);
            } else if (name.contains(",") && allClassesExist(map, name)) {
                reserved.error("class \"" + name + "\" not found. Did you mean to use \";\" to separate array items?",
                        field.lastRef());
            }
        }
        return maps;
    }

    private boolean allClassesExist(IrMap map, String names) {
        for (String name : names.split(",")) {
            if (findClass(map, name.strip()) == null) {
                return false;
            }
        }
        return true;
    }

    private static IrMap findClass(IrMap map, String name) {
        for (IrMap m = map.boardRoot(); m != null; m = m.lookupParent() == null ? null : m.lookupParent().boardRoot()) {
            IrField classes = m.getLower("classes");
            if (classes != null && classes.unquoted && classes.map != null) {
                IrField found = classes.map.get(name);
                if (found != null && found.name.equals(name)) {
                    return found.map;
                }
            }
        }
        return null;
    }

    private void compileField(GObj obj, IrField field) {
        if (reserved.compileKeywordField(obj, field, this)) {
            return;
        }
        if (obj.parent != null && obj.parent.hasShape("sql_table")) {
            reserved.error("sql_table columns cannot have children", field.lastRef());
            return;
        }
        if (obj.parent != null && obj.parent.hasShape("class")) {
            reserved.error("class fields cannot have children", field.lastRef());
            return;
        }
        GObj child = ensureChild(obj, field);
        if (field.primary != null) {
            reserved.compileLabel(child.attrs, field.primary, field.lastRef().source());
        }
        if (field.map != null) {
            setObjectOf(field.map, child);
            compileMap(child, field.map, false);
        }
        for (IrRef ref : field.refs) {
            child.refs.add(new GObj.GRef(ref, scopeObject(ref, obj)));
        }
    }

    private void setObjectOf(IrMap map, GObj obj) {
        objectOfMap.put(map, obj);
        // the cached answer may have been "none" for this map: forget it (null maps to nothing)
        lastScopeMap = null;
        lastScopeObject = null;
    }

    GObj scopeObject(IrRef ref, GObj fallback) {
        IrMap map = ref.scope();
        if (map != lastScopeMap) {
            // consecutive references are mostly written in the same map: one look-up serves them
            lastScopeMap = map;
            lastScopeObject = objectOfMap.get(map);
        }
        return lastScopeObject == null ? fallback : lastScopeObject;
    }

    /** d2graph's EnsureChild: inside a sequence diagram an actor's name resolves to the actor. */
    GObj ensureChild(GObj obj, IrField field) {
        String name = field.name;
        GObj seq = obj.outerSequenceDiagram();
        if (seq != null && !obj.idElement.equals(name)) {
            for (GObj actor : seq.children) {
                if (actor.idElement.equals(name)) {
                    obj = seq;
                    break;
                }
            }
        }
        GObj child = obj.childLower(field.lowerName);
        if (child == null) {
            child = obj.addChild(name, field.lowerName);
            objects.add(child);
        }
        return child;
    }

    private void compileEdge(GObj obj, IrEdge irEdge) {
        List<IrField> srcPath = relativePath(irEdge.src, irEdge.owner);
        List<IrField> dstPath = relativePath(irEdge.dst, irEdge.owner);
        GObj src = ensureEdgeEnd(obj, srcPath);
        GObj dst = ensureEdgeEnd(obj, dstPath);
        int index = edgeCounts.merge(new EdgeEnds(src, dst, irEdge.srcArrow, irEdge.dstArrow), 1, Integer::sum) - 1;
        GEdge edge = new GEdge(src, irEdge.srcArrow, dst, irEdge.dstArrow, index);
        Special.columnIndexes(edge, obj, srcPath, dstPath);
        if (irEdge.primary != null) {
            reserved.compileLabel(edge.attrs, irEdge.primary, irEdge.refs.getFirst().source());
        }
        if (irEdge.map != null) {
            new EdgeKeywords(reserved).compile(edge, irEdge.map, this);
        }
        for (IrRef ref : irEdge.refs) {
            edge.refs.add(new GObj.GRef(ref, scopeObject(ref, obj)));
        }
        edges.add(edge);
    }

    private GObj ensureEdgeEnd(GObj obj, List<IrField> path) {
        for (int i = 0; i < path.size(); i++) { // indexed: the iterator of a List.of showed in allocation profiles
            IrField element = path.get(i);
            if (obj.hasShape("class") || obj.hasShape("sql_table")) {
                return obj;
            }
            obj = ensureChild(obj, element);
        }
        return obj;
    }

    /** The fields from {@code owner} down to {@code field}. */
    private static List<IrField> relativePath(IrField field, IrMap owner) {
        if (isPathStart(field, owner)) {
            return List.of(field); // most edges join siblings: no array to fill
        }
        int length = 2;
        for (IrField f = field.owner.ownerField; !isPathStart(f, owner); f = f.owner.ownerField) {
            length++;
        }
        // filled from the end while climbing: inserting at the front would shift the list every step
        IrField[] path = new IrField[length];
        IrField f = field;
        for (int i = length - 1; i >= 0; i--) {
            path[i] = f;
            f = f.owner.ownerField;
        }
        return Arrays.asList(path);
    }

    /** True when {@code field} is the first element of a path from {@code owner}. */
    private static boolean isPathStart(IrField field, IrMap owner) {
        return field.owner == owner || field.owner.ownerField == null;
    }

    /** What makes edges parallel: d2 numbers each edge among those with the same ends and arrows. */
    private record EdgeEnds(GObj src, GObj dst, boolean srcArrow, boolean dstArrow) {
        /**
         * Written out: the generated one goes through a method handle and asks each new object for
         * an identity hash, which the VM must first install. Absolute ids are unique in a board and
         * hash once; equality stays identity. This runs for every edge.
         */
        @Override
        public int hashCode() {
            return (31 * src.absId.hashCode() + dst.absId.hashCode()) * 4 + (srcArrow ? 2 : 0) + (dstArrow ? 1 : 0);
        }
    }
}
