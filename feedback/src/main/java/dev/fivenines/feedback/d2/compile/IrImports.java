package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.Import;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.parser.ParseResult;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code @file} and {@code ...@file}: the file (relative to the importing file, {@code .d2}
 * appended) is compiled on its own and merged in; cycles and missing files are errors.
 */
final class IrImports {

    private final IrCompiler ir;
    private final FileResolver resolver;
    private final Parser parser;
    private final SourceText entry;
    /**
     * Paths of the files being compiled, entry first ("" directory for the entry); made at the
     * first import, since most files import nothing.
     */
    private Deque<String> stack;

    IrImports(IrCompiler ir, FileResolver resolver, Parser parser, SourceText entry) {
        this.ir = ir;
        this.resolver = resolver;
        this.parser = parser;
        this.entry = entry;
    }

    private Deque<String> stack() {
        if (stack == null) {
            stack = new ArrayDeque<>();
            stack.push(baseName(entry.name()));
        }
        return stack;
    }

    void importInto(Import anImport, IrField field) {
        IrField found = load(anImport, ir.mapOf(field));
        if (found != null) {
            new IrMerge(ir).into(found, field);
        }
    }

    void importIntoMap(Import anImport, IrMap map) {
        IrField found = load(anImport, map);
        if (found != null && found.map != null) {
            new IrMerge(ir).map(found.map, map);
        }
    }

    void spreadInto(Import spread, IrMap map) {
        importIntoMap(spread, map);
    }

    /** Compiles the imported file; returns a field holding its root map (or the named key). */
    private IrField load(Import anImport, IrMap importer) {
        List<StringValue> path = anImport.path().path();
        String name = path.isEmpty() ? "" : path.getFirst().value();
        if (anImport.prefix().isEmpty() && name.isEmpty()) { // x: @ (d2's PathWithPre is empty)
            ir.error("imports must specify a path to import", anImport);
            return null;
        }
        Deque<String> stack = stack();
        String file = normalize(directory(stack.peek()) + anImport.prefix() + name + ".d2");
        if (stack.contains(file)) {
            List<String> chain = new ArrayList<>(stack.reversed());
            chain = chain.subList(chain.indexOf(file), chain.size());
            ir.error("detected cyclic import chain: " + String.join(" -> ", chain) + " -> " + file, anImport);
            return null;
        }
        var text = resolver.resolve(file);
        if (text.isEmpty()) {
            ir.error("failed to import \"" + file + "\": file does not exist", anImport);
            return null;
        }
        SourceText source = new SourceText(file, text.get().text());
        ParseResult parsed = parser.parse(source);
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            ir.diagnostics.add(diagnostic);
        }
        if (parsed.hasErrors()) {
            return null;
        }
        IrField holder = new IrField("", false, importer);
        IrMap root = holder.ensureMap();
        root.importer = importer;
        SourceText saved = ir.source;
        ir.source = source;
        stack.push(file);
        ir.compileMap(parsed.document(), root);
        stack.pop();
        ir.source = saved;
        return pick(holder, path, anImport);
    }

    private IrField pick(IrField holder, List<StringValue> path, Import anImport) {
        IrField field = holder;
        for (int i = 1; i < path.size(); i++) { // the first element names the file
            StringValue key = path.get(i);
            field = field.map == null ? null : field.map.get(key.value(), key.unquoted());
            if (field == null) {
                ir.error("import key \"" + key.value() + "\" doesn't exist inside import", anImport);
                return null;
            }
        }
        return field;
    }

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String directory(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /** Resolves {@code .} and {@code ..} like Go's path.Join (leading {@code ..} kept). */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
