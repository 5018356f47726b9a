package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.MapNode;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Globs ({@code *}, {@code **}) and their filters. A glob applies to what matches when it is
 * written and, lazily at the end, to what was created after it, without overwriting explicit
 * values (d2ir's lazy, persistent globs).
 */
final class IrGlobs {

    private final IrCompiler ir;
    /**
     * Whether any glob statement was compiled: maps only get globs from {@link #remember} (or copy
     * them from maps that did), so without one there is nothing to apply, lazily or not.
     */
    private boolean anyGlob;

    IrGlobs(IrCompiler ir) {
        this.ir = ir;
    }

    boolean isGlob(List<StringValue> path) {
        // indexed: asked for every key, and the immutable lists' iterators showed in allocation profiles
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) instanceof UnquotedString unquoted && unquoted.pattern()) {
                return true;
            }
        }
        return false;
    }

    void compileFieldGlob(MapKey key, IrMap map) {
        IrMap.Glob glob = new IrMap.Glob(key, ir.source, new HashSet<>(), false);
        remember(glob, map);
        apply(glob, map);
    }

    /** An edge statement with a glob end: applied now and again whenever new fields appear. */
    void compileEdgeGlob(MapKey key, IrMap map) {
        IrMap.Glob glob = new IrMap.Glob(key, ir.source, new HashSet<>(), true);
        remember(glob, map);
        apply(glob, map);
    }

    private void remember(IrMap.Glob glob, IrMap map) {
        map.addGlob(glob);
        anyGlob = true;
    }

    /** A field was just created in {@code map}: the globs in scope apply to it, lazily. */
    void onCreated(IrMap map) {
        if (!anyGlob || ir.globDepth > 0 || ir.lazy || !beingApplied.isEmpty()) {
            // fields a glob creates meet the other globs later (the next statement, the final pass),
            // not one by one while it runs: "**.a.b" twice would re-apply the other to every new
            // field, each time to twice as many, until the heap ran out
            return;
        }
        for (IrMap m = map; m != null; m = m.parent()) {
            if (!m.globs().isEmpty()) {
                applyLazyIn(m);
            }
        }
    }

    private void applyLazyIn(IrMap map) {
        for (IrMap.Glob glob : List.copyOf(map.globs())) {
            ir.lazy = true;
            apply(glob, map);
            ir.lazy = false;
        }
    }

    /** The globs being applied now, innermost last (an application may apply others). */
    private final List<IrMap.Glob> beingApplied = new ArrayList<>();

    /** True while {@code glob}'s statement is being applied (copies of a glob share its statement). */
    boolean isBeingApplied(IrMap.Glob glob) {
        for (IrMap.Glob running : beingApplied) {
            if (running.key() == glob.key()) {
                return true;
            }
        }
        return false;
    }

    private void apply(IrMap.Glob glob, IrMap map) {
        if (isBeingApplied(glob)) {
            // the fields a glob creates do not meet the same glob while it runs (d2's
            // globRefContextStack): "**.a.b" would otherwise grow a.b.a.b... without end
            return;
        }
        beingApplied.add(glob);
        try {
            applyNow(glob, map);
        } finally {
            beingApplied.removeLast();
        }
    }

    private void applyNow(IrMap.Glob glob, IrMap map) {
        SourceText saved = ir.source;
        ir.source = glob.source();
        if (glob.edge()) {
            ir.edges.compileGlob(glob, map);
            ir.source = saved;
            return;
        }
        List<StringValue> path = glob.key().key().path();
        int lastGlob = lastGlobIndex(path);
        List<StringValue> tail = path.subList(lastGlob + 1, path.size());
        // dedupe on what the glob elements matched, so "a.shape: null" is not undone by a re-application
        for (IrField anchor : lookup(path.subList(0, lastGlob + 1), map)) {
            if (!glob.applied().add(anchor)) {
                continue;
            }
            IrField target = tail.isEmpty() ? anchor : ir.resolvePath(tail, ir.mapOf(anchor), glob.key(), false);
            if (target != null && passesFilters(target, glob.key())) {
                ir.globDepth++;
                ir.applyValue(target, glob.key(), map);
                ir.globDepth--;
            }
        }
        ir.source = saved;
    }

    private static int lastGlobIndex(List<StringValue> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof UnquotedString unquoted && unquoted.pattern()) {
                return i;
            }
        }
        return path.size() - 1;
    }

    /** Re-applies every glob of the tree to the fields created after it, without overwriting. */
    void applyLazy(IrMap map) {
        if (!anyGlob) {
            return; // most files have no glob: no need to walk (and copy) every map's fields
        }
        applyLazyIn(map);
        for (IrField field : List.copyOf(map.fields)) {
            if (field.map != null) {
                applyLazy(field.map);
            }
        }
    }

    /** Fields matching {@code path} from {@code base}; literal elements after a glob are created. */
    List<IrField> match(List<StringValue> path, IrMap base, MapKey key, boolean edge) {
        List<IrField> out = new ArrayList<>();
        new Walk(path, out, key, base, edge).walk(0, base, true);
        return out;
    }

    /** Like {@link #match} but creating nothing: for edge references. */
    List<IrField> lookup(List<StringValue> path, IrMap base) {
        List<IrField> out = new ArrayList<>();
        new Walk(path, out, null, base, false).walk(0, base, false);
        return out;
    }

    /** One matching pass; literal elements it creates get a reference to the glob statement. */
    private final class Walk {
        private final List<StringValue> path;
        private final List<IrField> out;
        private final MapKey key;
        private final IrMap scope;
        private final boolean edge;

        Walk(List<StringValue> path, List<IrField> out, MapKey key, IrMap scope, boolean edge) {
            this.path = path;
            this.out = out;
            this.key = key;
            this.scope = scope;
            this.edge = edge;
        }


        void walk(int i, IrMap map, boolean create) {
            StringValue element = path.get(i);
            boolean last = i == path.size() - 1;
            String name = element.value();
            if (element.unquoted() && name.equals("_")) {
                IrMap parent = map.parent();
                if (parent != null && !last) {
                    walk(i + 1, parent, create);
                }
                return;
            }
            if (element instanceof UnquotedString unquoted && unquoted.pattern()) {
                boolean any = name.equals("**");
                if (!create) {
                    // a lookup changes nothing, so the maps can be walked in place instead of copied
                    matchInPlace(i, map, name, any, last);
                    return;
                }
                List<IrField> candidates = any ? descendants(map) : globbable(map.fields);
                scope.budget.globSteps(candidates.size());
                for (IrField field : candidates) {
                    if (any || GlobMatcher.matchesStart(name, field.name, scope.budget)) {
                        descend(i, field, create, last);
                    }
                }
                return;
            }
            IrField field = create ? map.ensure(name, element.unquoted()) : map.get(name, element.unquoted());
            if (create && key != null) {
                field.refs.add(new IrRef(ir.source, element.span(), key, scope, edge));
            }
            if (field != null) {
                descend(i, field, create, last);
            }
        }

        /**
         * The same candidates in the same order as {@link #descendants} / {@link #globbable}
         * (pre-order for {@code **}), without building the lists: lazy globs look up after every
         * new field, so these copies were most of their cost.
         */
        private void matchInPlace(int i, IrMap map, String name, boolean any, boolean last) {
            scope.budget.globSteps(map.fields.size());
            for (IrField field : map.fields) {
                if (field.reservedKeyword) {
                    continue;
                }
                if (any || GlobMatcher.matchesStart(name, field.name, scope.budget)) {
                    descend(i, field, false, last);
                }
                if (any && field.map != null) {
                    matchInPlace(i, field.map, name, true, last);
                }
            }
        }

        private void descend(int i, IrField field, boolean create, boolean last) {
            if (last) {
                out.add(field);
            } else if (field.map != null || create) {
                walk(i + 1, ir.mapOf(field), create);
            }
        }
    }

    private static List<IrField> globbable(List<IrField> fields) {
        List<IrField> out = new ArrayList<>();
        for (IrField field : fields) {
            if (!field.reservedKeyword) {
                out.add(field);
            }
        }
        return out;
    }

    private static List<IrField> descendants(IrMap map) {
        List<IrField> out = new ArrayList<>();
        for (IrField field : globbable(map.fields)) {
            out.add(field);
            if (field.map != null) {
                out.addAll(descendants(field.map));
            }
        }
        return out;
    }

    private boolean passesFilters(IrField target, MapKey glob) {
        if (!(glob.value() instanceof D2Map map)) {
            return true;
        }
        for (MapNode node : map.nodes()) {
            if (node instanceof MapKey filter && (filter.ampersand() || filter.notAmpersand())
                    && filter.key() != null && !filter.isEdge()) {
                boolean matches = filterMatches(target, filter);
                if (matches == filter.notAmpersand()) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean filterMatches(IrField target, MapKey filter) {
        if (filter.value() instanceof D2Map || filter.value() instanceof dev.fivenines.feedback.d2.ast.D2Array) {
            ir.error("glob filters cannot be composites", filter);
            return false;
        }
        String wanted = filter.value() == null ? "" : filter.value() instanceof dev.fivenines.feedback.d2.ast.Scalar s
                ? s.text() : "";
        String actual = FilterValues.of(target, filter.key().path());
        if (actual == null) {
            return false;
        }
        for (String element : actual.split("\u0000", -1)) {
            if (GlobMatcher.matchesWhole(wanted, element, target.owner.budget)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
