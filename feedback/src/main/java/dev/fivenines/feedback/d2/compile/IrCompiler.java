package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.BlockComment;
import dev.fivenines.feedback.d2.ast.Comment;
import dev.fivenines.feedback.d2.ast.D2Array;
import dev.fivenines.feedback.d2.ast.D2Map;
import dev.fivenines.feedback.d2.ast.Import;
import dev.fivenines.feedback.d2.ast.MapKey;
import dev.fivenines.feedback.d2.ast.MapNode;
import dev.fivenines.feedback.d2.ast.NullValue;
import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import dev.fivenines.feedback.d2.ast.Value;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.List;

/**
 * Compiles the AST of a file into d2's IR (d2ir): repeated keys merge into one field, edges are
 * stored in the deepest common map, {@code null} deletes, boards copy their base. The IR is then
 * turned into graphs by {@link GraphBuilder}.
 */
final class IrCompiler {

    final Diagnostics diagnostics;
    final IrEdges edges;
    final IrGlobs globs;
    final IrVars vars;
    final IrImports imports;
    SourceText source;
    /** True while a glob is re-applied lazily: it must not overwrite values set explicitly. */
    boolean lazy;
    /** True while a glob's value is applied: {@code &} filters are legal there. */
    int globDepth;
    /**
     * Whether any field or edge was (un)suspended: every suspension flag comes from {@link #suspend}
     * (copies copy set flags), so without one there is nothing for {@link IrSuspension} to remove.
     */
    private boolean suspensionsSeen;

    IrCompiler(Diagnostics diagnostics, SourceText entry, FileResolver resolver, Parser parser) {
        this.diagnostics = diagnostics;
        this.source = entry;
        this.edges = new IrEdges(this);
        this.globs = new IrGlobs(this);
        this.vars = new IrVars(this);
        this.imports = new IrImports(this, resolver, parser, entry);
    }

    /** Compiles the entry file's document into a fresh root map. */
    IrMap compileRoot(D2Map document) {
        IrMap root = new IrMap(null, null);
        compileMap(document, root);
        globs.applyLazy(root);
        if (suspensionsSeen) { // most files never suspend: their tree need not be walked and copied
            IrSuspension.removeSuspended(this, root);
        }
        new ConfigCheck(this).check(root);
        return root;
    }

    void compileMap(D2Map ast, IrMap map) {
        List<MapNode> nodes = ast.nodes();
        for (int i = 0; i < nodes.size(); i++) { // indexed: no iterator per map (seen in allocation profiles)
            compileNode(nodes.get(i), map);
        }
    }

    private void compileNode(MapNode node, IrMap map) {
        switch (node) {
            case Comment comment -> { }
            case BlockComment comment -> { }
            case MapKey key -> compileKey(key, map);
            case Substitution spread -> vars.spreadInto(spread, map);
            case Import spread -> imports.spreadInto(spread, map);
        }
    }

    void compileKey(MapKey key, IrMap map) {
        if (key.ampersand() || key.notAmpersand()) {
            if (globDepth == 0) {
                diagnostics.error("d2.compile.filter_outside_glob", "glob filters cannot be used outside globs",
                        source, key.span());
            }
            return;
        }
        if (key.isEdge()) {
            edges.compile(key, map);
            return;
        }
        if (key.key() == null) {
            return;
        }
        if (globs.isGlob(key.key().path())) {
            globs.compileFieldGlob(key, map);
            return;
        }
        IrField field = resolvePath(key.key().path(), map, key, false);
        if (field != null) {
            applyValue(field, key, map);
        }
    }

    /**
     * Walks (creating) the fields of {@code path} from {@code map}, adding a reference to each,
     * handling {@code _}; null after reporting an error.
     */
    IrField resolvePath(List<StringValue> path, IrMap map, MapKey key, boolean inEdge) {
        IrMap current = map;
        IrField field = null;
        boolean sawName = false;
        for (int i = 0; i < path.size(); i++) {
            StringValue element = path.get(i);
            String name = element.value();
            if (element.unquoted() && name.equals("_")) {
                if (sawName) {
                    error("parent \"_\" can only be used in the beginning of paths, e.g. \"_.x\"", element);
                    return null;
                }
                if (i == path.size() - 1) {
                    error("field key must contain more than underscores", element);
                    return null;
                }
                current = current.parent();
                if (current == null) {
                    error("invalid underscore: no parent", element);
                    return null;
                }
                continue;
            }
            if (field != null) {
                if (field.array != null && field.map == null) {
                    error("cannot index into array", element);
                    return null;
                }
                current = mapOf(field);
            }
            // lower-cased once here for both the keyword check and the map's case-insensitive index
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!checkKeywordPlacement(element, lower, i == path.size() - 1, current)) {
                return null;
            }
            sawName = true;
            int before = current.fields.size();
            field = current.ensureLowerKnown(name, lower, element.unquoted());
            if (current.fields.size() != before) { // ensure appends exactly when it creates
                globs.onCreated(current);
            }
            field.refs.add(new IrRef(source, element.span(), key, map, inEdge));
        }
        return field;
    }

    private boolean checkKeywordPlacement(StringValue element, String lower, boolean last, IrMap current) {
        if (!element.unquoted() || !Keywords.isReservedLower(lower)) {
            return true;
        }
        if (!last && !Keywords.mayHaveChildrenLower(lower)) {
            error("\"" + element.value() + "\" must be the last part of the key", element);
            return false;
        }
        boolean boardScoped = Keywords.BOARDS.contains(lower) || lower.equals("classes");
        if (boardScoped && !current.isBoardRoot()) {
            error(lower + " must be declared at a board root scope", element);
            return false;
        }
        return true;
    }

    /**
     * The field's map, created on demand; a board's map starts as a copy of its base board. A
     * glob whose application creates the board is not copied into it: there it would create the
     * same board path again, inside the new board, and so on without end ({@code a* -> steps.z.p}).
     */
    IrMap mapOf(IrField field) {
        return field.map == null ? IrBoards.createMap(field, glob -> !globs.isBeingApplied(glob)) : field.map;
    }

    /** Applies the primary value and the value of {@code key} to {@code field}. */
    void applyValue(IrField field, MapKey key, IrMap scope) {
        if (key.primary() != null) {
            setPrimary(field, key.primary(), scope);
        }
        Value value = key.value();
        switch (value) {
            case null -> { }
            case NullValue nullValue -> delete(field);
            case Scalar scalar -> setPrimary(field, scalar, scope);
            case D2Map map -> compileMap(map, mapOf(field));
            case D2Array array -> field.array = vars.expandArray(array, field.owner);
            case Import anImport -> imports.importInto(anImport, field);
            case Substitution substitution -> vars.substituteValue(substitution, field, scope);
        }
    }

    void setPrimary(IrField field, Scalar scalar, IrMap scope) {
        if (scalar instanceof dev.fivenines.feedback.d2.ast.Suspension suspension) {
            // suspension only hits what exists when the glob runs: d2 does not re-apply it lazily
            if (!lazy) {
                field.suspended = suspend(suspension);
            }
            return;
        }
        if (lazy && field.primary != null) {
            return;
        }
        Substitution whole = IrVars.wholeSubstitution(scalar);
        if (whole != null) {
            vars.substituteValue(whole, field, scope);
            return;
        }
        field.primary = vars.resolveScalar(scalar, field.owner, field);
    }

    /** The flag a {@code suspend} or {@code unsuspend} value sets, remembering that one was used. */
    Boolean suspend(dev.fivenines.feedback.d2.ast.Suspension suspension) {
        suspensionsSeen = true;
        return suspension.suspend();
    }

    /** {@code x: null}: removes the field and every edge that goes to or through it. */
    void delete(IrField field) {
        IrMap owner = field.owner;
        if (owner.ownerField != null && owner.ownerField.isKeywordLower("vars")) {
            field.primary = null;
            field.map = null;
            field.nulled = true;
            return;
        }
        owner.remove(field);
        for (IrMap map = owner; map != null; map = map.parent()) {
            map.edges.removeIf(edge -> within(edge.src, field) || within(edge.dst, field));
        }
        // removing the last attribute of a keyword map (style) removes the keyword too
        IrField holder = owner.ownerField;
        if (holder != null && owner.fields.isEmpty() && holder.primary == null && holder.reservedKeyword
                && !holder.isBoardKeyword()) {
            delete(holder);
        }
    }

    static boolean within(IrField field, IrField ancestor) {
        for (IrField f = field; f != null; f = f.owner.ownerField) {
            if (f == ancestor) {
                return true;
            }
        }
        return false;
    }

    void error(String message, dev.fivenines.feedback.d2.ast.Node node) {
        diagnostics.error("d2.compile.ir", message, source, node.span());
    }

    static boolean isUnquoted(StringValue value, String word) {
        return value instanceof UnquotedString && value.value().equals(word);
    }
}
