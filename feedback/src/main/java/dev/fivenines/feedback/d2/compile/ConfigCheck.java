package dev.fivenines.feedback.d2.compile;

import java.util.Set;

/** {@code vars.d2-config}: only at the root, with typed values (d2compiler compileConfig). */
final class ConfigCheck {

    private static final Set<String> INTEGERS = Set.of("theme-id", "dark-theme-id", "pad");
    private static final Set<String> BOOLEANS = Set.of("sketch", "center");
    private static final Set<String> KNOWN = Set.of("theme-id", "dark-theme-id", "pad", "sketch", "center",
            "layout-engine", "theme-overrides", "dark-theme-overrides", "data");

    private final IrCompiler ir;

    ConfigCheck(IrCompiler ir) {
        this.ir = ir;
    }

    void check(IrMap root) {
        walk(root, true);
    }

    private void walk(IrMap map, boolean root) {
        IrField vars = map.getLower("vars");
        IrField config = vars == null || vars.map == null ? null : vars.map.getLower("d2-config");
        if (config != null) {
            if (!root) {
                error("\"d2-config\" can only appear at root vars", config);
            } else if (config.map != null) {
                values(config.map);
            }
        }
        for (IrField field : map.fields) {
            if (field.map != null && !field.isKeywordLower("vars")) {
                walk(field.map, field.map.isBoardRoot());
            }
        }
    }

    private void values(IrMap config) {
        for (IrField field : config.fields) {
            String name = field.name;
            String value = field.primary == null ? null : field.primary.text();
            if (!KNOWN.contains(name)) {
                error("\"" + name + "\" is not a valid config", field);
            } else if (INTEGERS.contains(name) && value != null && !value.matches("-?\\d+")) {
                error("expected an integer for \"" + name + "\", got \"" + value + "\"", field);
            } else if (BOOLEANS.contains(name) && value != null && !value.equals("true") && !value.equals("false")) {
                error("expected a boolean for \"" + name + "\", got \"" + value + "\"", field);
            }
        }
    }

    private void error(String message, IrField field) {
        IrRef ref = field.lastRef();
        ir.diagnostics.error("d2.compile.config", message, ref.source(), ref.span());
    }
}
