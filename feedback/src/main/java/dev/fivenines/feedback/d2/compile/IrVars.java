package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.ArrayNode;
import dev.fivenines.feedback.d2.ast.BlockString;
import dev.fivenines.feedback.d2.ast.D2Array;
import dev.fivenines.feedback.d2.ast.DoubleQuotedString;
import dev.fivenines.feedback.d2.ast.KeyPath;
import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.StringPart;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.ast.Substitution;
import dev.fivenines.feedback.d2.ast.UnquotedString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Variables: {@code ${a.b}} looked up in the innermost {@code vars} outwards (boards see their
 * parents'). Substitution is done when the value is compiled; d2 does it after the whole IR, which
 * only differs when a var is declared after its use.
 */
final class IrVars {

    private static final Pattern IN_BLOCK = Pattern.compile("\\$\\{([^}]*)}");

    private final IrCompiler ir;
    private IrField defining;

    IrVars(IrCompiler ir) {
        this.ir = ir;
    }

    /** The substitution when an unquoted value is exactly {@code ${v}} (it then takes v's value, maps too). */
    static Substitution wholeSubstitution(Scalar scalar) {
        if (scalar instanceof UnquotedString s && !s.isPlain() && s.parts().size() == 1
                && s.parts().getFirst() instanceof Substitution substitution) {
            return substitution;
        }
        return null;
    }

    IrScalar resolveScalar(Scalar scalar, IrMap from) {
        return resolveScalar(scalar, from, null);
    }

    /** @param defining the var being defined, skipped by lookups ({@code x: ${x}-b} reads the outer x) */
    IrScalar resolveScalar(Scalar scalar, IrMap from, IrField defining) {
        IrField saved = this.defining;
        this.defining = defining;
        try {
            return switch (scalar) {
                case UnquotedString s -> new IrScalar(s, s.isPlain() ? s.value() : join(s.parts(), from));
                case DoubleQuotedString s -> new IrScalar(s, join(s.parts(), from));
                case BlockString s -> new IrScalar(s, substituteBlock(s.value(), from));
                default -> IrScalar.of(scalar);
            };
        } finally {
            this.defining = saved;
        }
    }

    private String join(List<StringPart> parts, IrMap from) {
        if (parts.size() == 1 && parts.getFirst() instanceof StringPart.Literal literal) {
            return literal.text();
        }
        StringBuilder text = new StringBuilder();
        for (StringPart part : parts) {
            switch (part) {
                case StringPart.Literal literal -> text.append(literal.text());
                case Substitution substitution -> {
                    String value = textOf(substitution, from);
                    from.budget.substitute(value.length()); // before the copy: doubling vars ran the heap out
                    text.append(value);
                }
            }
        }
        return text.toString();
    }

    private String textOf(Substitution substitution, IrMap from) {
        IrField variable = lookup(substitution.path(), from);
        String name = name(substitution.path());
        if (variable == null) {
            ir.error("could not resolve variable \"" + name + "\"", substitution);
            return "";
        }
        if (variable.primary == null && (variable.map != null || variable.array != null)) {
            ir.error("cannot substitute composite variable \"" + name + "\" as part of a string", substitution);
            return "";
        }
        return variable.primary == null ? "" : variable.primary.text();
    }

    private String substituteBlock(String body, IrMap from) {
        Matcher matcher = IN_BLOCK.matcher(body);
        StringBuilder out = new StringBuilder();
        int scanned = 0;
        int ticks = 0; // backticks before `scanned`: counted once, not again for every ${...}
        while (matcher.find()) {
            ticks += backticks(body, scanned, matcher.start());
            scanned = matcher.start();
            if (ticks % 2 == 1) { // inside a markdown code span or fence
                continue;
            }
            IrField variable = lookupDotted(matcher.group(1).trim(), from);
            String replacement = variable != null && variable.primary != null
                    ? variable.primary.text() : matcher.group();
            from.budget.substitute(replacement.length());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static int backticks(String body, int from, int to) {
        int ticks = 0;
        for (int i = from; i < to; i++) {
            if (body.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks;
    }

    /** Resolves {@code ...${v}} spreads in an array (v must be an array); other nodes stay. */
    D2Array expandArray(D2Array array, IrMap from) {
        boolean hasSpread = array.nodes().stream().anyMatch(n -> n instanceof Substitution s && s.spread());
        if (!hasSpread) {
            return array;
        }
        List<ArrayNode> nodes = new ArrayList<>();
        for (ArrayNode node : array.nodes()) {
            if (!(node instanceof Substitution spread && spread.spread())) {
                nodes.add(node);
                continue;
            }
            IrField variable = lookup(spread.path(), from);
            if (variable == null) {
                ir.error("could not resolve variable \"" + name(spread.path()) + "\"", spread);
            } else if (variable.array == null) {
                ir.error("cannot spread non-array into array", spread);
            } else {
                for (ArrayNode copied : variable.array.nodes()) {
                    from.budget.spend(); // [...${a}; ...${a}] doubles at each var, as strings do
                    nodes.add(copied);
                }
            }
        }
        return new D2Array(array.span(), nodes);
    }

    /** {@code x: ${v}}: the variable's value whatever its kind, maps merged in. */
    void substituteValue(Substitution substitution, IrField field, IrMap scope) {
        IrField variable = lookup(substitution.path(), field.owner);
        if (variable == null || variable == field) {
            ir.error("could not resolve variable \"" + name(substitution.path()) + "\"", substitution);
            return;
        }
        if (variable.primary != null) {
            field.primary = variable.primary;
        }
        if (variable.map != null) {
            new IrMerge(ir, true).map(variable.map, ir.mapOf(field));
        } else if (variable.array != null) {
            field.array = variable.array;
        }
    }

    void substituteEdgeValue(Substitution substitution, IrEdge edge) {
        IrField variable = lookup(substitution.path(), edge.owner);
        if (variable == null) {
            ir.error("could not resolve variable \"" + name(substitution.path()) + "\"", substitution);
        } else if (variable.array != null) {
            ir.error("cannot substitute array variable \"" + name(substitution.path()) + "\" to an edge",
                    substitution);
        } else if (variable.map != null) {
            new IrMerge(ir, true).map(variable.map, edge.ensureMap());
        } else {
            edge.primary = variable.primary;
        }
    }

    /** {@code ...${v}} in a map: merges the map variable in. */
    void spreadInto(Substitution spread, IrMap map) {
        IrField variable = lookup(spread.path(), map);
        if (variable == null) {
            ir.error("could not resolve variable \"" + name(spread.path()) + "\"", spread);
        } else if (variable.map == null) {
            ir.error("cannot spread non-composite", spread);
        } else {
            new IrMerge(ir, true).map(variable.map, map);
        }
    }

    IrField lookup(KeyPath path, IrMap from) {
        return lookupElements(path.path().stream().map(StringValue::value).toList(), from, defining);
    }

    private IrField lookupDotted(String dotted, IrMap from) {
        return lookupElements(List.of(dotted.split("\\.")), from, defining);
    }

    private static IrField lookupElements(List<String> path, IrMap from, IrField skip) {
        for (IrMap map = from; map != null; map = map.lookupParent()) {
            IrField vars = map.getLower("vars");
            if (vars != null && vars.unquoted && vars.map != null) {
                IrField found = walk(vars.map, path);
                if (found != null && found != skip) {
                    return found.nulled ? null : found;
                }
            }
        }
        return null;
    }

    private static IrField walk(IrMap map, List<String> path) {
        IrField field = null;
        for (String element : path) {
            if (map == null) {
                return null;
            }
            field = map.get(element);
            if (field == null) {
                return null;
            }
            map = field.map;
        }
        return field;
    }

    private static String name(KeyPath path) {
        return path.path().stream().map(StringValue::value).collect(Collectors.joining("."));
    }
}
