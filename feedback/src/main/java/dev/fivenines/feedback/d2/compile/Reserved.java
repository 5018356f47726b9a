package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.BlockString;
import dev.fivenines.feedback.d2.ast.NullValue;
import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Value;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import dev.fivenines.feedback.d2.source.Span;

/** Reserved keywords on objects and edges (d2compiler compileReserved, compileStyle, arrowheads). */
final class Reserved {

    private static final Map<String, String> LANGUAGES = Map.of("md", "markdown", "tex", "latex",
            "js", "javascript", "go", "golang", "py", "python", "rb", "ruby", "ts", "typescript");
    private static final List<String> LABEL_POSITIONS = List.of("top-left", "top-center", "top-right",
            "center-left", "center-center", "center-right", "bottom-left", "bottom-center", "bottom-right",
            "outside-top-left", "outside-top-center", "outside-top-right", "outside-left-top",
            "outside-left-center", "outside-left-bottom", "outside-right-top", "outside-right-center",
            "outside-right-bottom", "outside-bottom-left", "outside-bottom-center", "outside-bottom-right",
            "border-top-left", "border-top-center", "border-top-right", "border-left-top", "border-left-center",
            "border-left-bottom", "border-right-top", "border-right-center", "border-right-bottom",
            "border-bottom-left", "border-bottom-center", "border-bottom-right");
    private static final List<String> DIRECTIONS = List.of("up", "down", "right", "left");

    private final Diagnostics diagnostics;
    private final Values values;

    Reserved(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.values = new Values(this);
    }

    void error(String message, IrRef ref) {
        diagnostics.error("d2.compile.graph", message, ref.source(), ref.span());
    }

    void error(String message, SourceText source, Scalar scalar) {
        diagnostics.error("d2.compile.graph", message, source, scalar.span());
    }

    void builderError(String message, Attrs attrs) {
        diagnostics.error("d2.compile.graph", message, attrs.labelSource, attrs.labelSpan);
    }

    void nearError(String message, GObj obj) {
        SourceText source = obj.refs.isEmpty() ? null : obj.refs.getLast().ref().source();
        Span span = obj.attrs.nearSpan != null ? obj.attrs.nearSpan : obj.attrs.positionSpan;
        if (source != null && span != null) {
            diagnostics.error("d2.compile.graph", message, source, span);
        }
    }

    /** Handles {@code field} when it is a keyword on an object; false when it is a child object. */
    boolean compileKeywordField(GObj obj, IrField field, GraphBuilder builder) {
        if (!field.reservedKeyword) {
            return false; // every case below is a reserved word: quoted and other names are objects
        }
        String name = field.name;
        String keyword = field.lowerName;
        if (Keywords.STYLE.contains(keyword)) {
            error(name + " must be style." + name, field.lastRef());
            return true;
        }
        if (name.equals("classes")) {
            validateClasses(field);
            return true;
        }
        if (name.equals("vars")) {
            return true;
        }
        if (name.equals("source-arrowhead") || name.equals("target-arrowhead")) {
            error("\"" + name + "\" can only be used on connections", field.lastRef());
            return true;
        }
        if (Keywords.SIMPLE.contains(keyword)) {
            compileReserved(obj.attrs, field);
            return true;
        }
        if (name.equals("style")) {
            if (field.map == null || field.map.fields.isEmpty()) {
                error("\"style\" expected to be set to a map of key-values, or contain an additional keyword"
                        + " like \"style.opacity: 0.4\"", field.lastRef());
                return true;
            }
            compileStyle(obj.attrs, field.map);
            return true;
        }
        // other spellings (SOURCE-ARROWHEAD, Style, LAYERS) are plain objects to d2
        return false;
    }

    private void validateClasses(IrField classes) {
        if (classes.map == null) {
            return;
        }
        if (!classes.map.edges.isEmpty()) {
            error("classes cannot contain an edge", classes.map.edges.getFirst().refs.getFirst());
        }
        for (IrField aClass : classes.map.fields) {
            if (aClass.map == null) {
                continue;
            }
            for (IrField field : aClass.map.fields) {
                if (!field.reservedKeyword) {
                    error(field.name + " is an invalid class field, must be reserved keyword", field.lastRef());
                }
                if (field.isKeywordLower("class")) {
                    error("\"class\" cannot appear within \"classes\"", field.lastRef());
                }
            }
        }
    }

    void compileReserved(Attrs attrs, IrField field) {
        if (field.primary == null) {
            compileComposite(attrs, field);
            return;
        }
        values.apply(attrs, field, field.primary.ast(), field.primary.text(), field.lastRef().source());
    }

    private void compileComposite(Attrs attrs, IrField field) {
        if (field.map == null && field.array == null) {
            error("reserved field \"" + field.name + "\" must have a value", field.lastRef());
            return;
        }
        switch (field.name) {
            case "class" -> arrayStrings(field, attrs::addClass, false);
            case "constraint" -> arrayStrings(field, attrs::addConstraint, true);
            case "label", "icon", "tooltip" -> compilePosition(attrs, field);
            default -> error("reserved field " + field.name + " does not accept composite", field.lastRef());
        }
    }

    private static void arrayStrings(IrField field, Consumer<String> into, boolean keepNull) {
        if (field.array == null) {
            return;
        }
        for (Value value : field.array.nodes().stream().filter(Value.class::isInstance).map(Value.class::cast)
                .toList()) {
            if (value instanceof NullValue) {
                into.accept("null");
            } else if (value instanceof Scalar scalar) {
                into.accept(scalar.text());
            }
        }
    }

    /** {@code label.near}, {@code icon.near}, {@code tooltip.near}: the only keys those maps accept. */
    void compilePosition(Attrs attrs, IrField field) {
        if (field.map == null) {
            return;
        }
        if (!field.map.edges.isEmpty()) {
            error("unexpected edges in map", field.lastRef());
        }
        for (IrField child : field.map.fields) {
            if (child.isKeywordLower("near")) {
                List<String> allowed = field.name.equals("tooltip") ? Keywords.NEAR_CONSTANTS : LABEL_POSITIONS;
                if (child.primary == null || !allowed.contains(child.primary.text())) {
                    error("invalid \"near\" field", child.lastRef());
                }
            } else if (!(field.name.equals("icon") && child.isKeywordLower("style"))) {
                error("unexpected field " + child.name, child.lastRef());
            }
        }
    }

    void compileLabel(Attrs attrs, IrScalar scalar, SourceText source) {
        if (scalar.ast() instanceof BlockString block) {
            if (scalar.text().isBlank()) {
                error("block string cannot be empty", source, block);
            }
            attrs.language = LANGUAGES.getOrDefault(block.tag(), block.tag());
        }
        attrs.label = scalar.text();
        attrs.labelSpan = scalar.ast().span();
        attrs.labelSource = source;
    }

    void compileStyle(Attrs attrs, IrMap style) {
        for (IrField field : style.fields) {
            String keyword = field.lowerName;
            if (!(Keywords.STYLE.contains(keyword) && field.unquoted)) {
                error("invalid style keyword: \"" + field.name + "\"", field.lastRef());
                continue;
            }
            if (field.primary == null) {
                continue;
            }
            String problem = StyleValues.check(field.name, field.primary.text());
            if (problem != null) {
                error(problem, field.lastRef().source(), field.primary.ast());
                continue;
            }
            attrs.setStyle(field.name, field.primary.text());
        }
    }

    static boolean isUnquoted(StringValue value) {
        return value.unquoted();
    }

    static String direction(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return DIRECTIONS.contains(lower) ? lower : null;
    }
}
