package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Board;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.lint.D2Lints;
import dev.fivenines.feedback.d2.parser.D2Parser;
import dev.fivenines.feedback.d2.parser.ParseResult;
import dev.fivenines.feedback.d2.source.Diagnostic;
import dev.fivenines.feedback.d2.source.SourceText;
import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a D2 file (and the files it imports) into a {@link DiagramGraph} with d2 v0.7.1's
 * semantics: parse, then IR (merging, globs, vars, imports, boards), then graph. Like d2 it stops
 * at the first stage that reports errors (the root is then null). Learner warnings are added last.
 * Never throws on any input.
 *
 * <p>Hostile input: the work and memory of one compile are capped ({@code IrBudget}: keys and
 * edges, nesting, glob characters compared, substituted characters), and a compile past a cap
 * ends with one {@code d2.compile.too_large} error. <b>Cancellation:</b> a caller with a time limit
 * interrupts the compiling thread (e.g. {@code Future.cancel(true)}); the compile notices within a
 * few thousand steps and returns the same single {@code d2.compile.too_large} error, whose message
 * says the time ran out. The thread's interrupt flag is left set. Parsing is not interruptible: a
 * 64 KiB source parses in milliseconds.
 */
public final class D2Compiler {

    private final Parser parser;

    public D2Compiler() {
        this(D2Parser::parse);
    }

    public D2Compiler(Parser parser) {
        this.parser = parser;
    }

    public DiagramGraph compile(SourceText entry, FileResolver imports) {
        ParseResult parsed = parser.parse(entry);
        Diagnostics diagnostics = new Diagnostics();
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            diagnostics.add(diagnostic);
        }
        Board root = null;
        if (!parsed.hasErrors()) {
            root = compileParsed(parsed, entry, imports, diagnostics);
        }
        List<Diagnostic> warnings = lint(parsed, root, diagnostics.all(), entry);
        // DiagramGraph keeps its own copy: a list joining both is needed only when lints warned
        List<Diagnostic> all = warnings.isEmpty() ? diagnostics.all() : joined(diagnostics.all(), warnings);
        return new DiagramGraph(diagnostics.hasErrors() ? null : root, all);
    }

    private static List<Diagnostic> joined(List<Diagnostic> first, List<Diagnostic> then) {
        List<Diagnostic> all = new ArrayList<>(first.size() + then.size());
        all.addAll(first);
        all.addAll(then);
        return all;
    }

    /** Lints are advice: if one fails, say so as a warning and keep the compile result intact. */
    private static List<Diagnostic> lint(ParseResult parsed, Board root, List<Diagnostic> found, SourceText entry) {
        try {
            return D2Lints.lint(parsed, root, found);
        } catch (RuntimeException e) {
            return List.of(Diagnostic.warning("d2.lint.internal", "internal lint error: " + e, entry, new Span(0, 0)));
        }
    }

    private Board compileParsed(ParseResult parsed, SourceText entry, FileResolver imports, Diagnostics diagnostics) {
        try {
            IrCompiler ir = new IrCompiler(diagnostics, entry, imports, parser);
            IrMap map = ir.compileRoot(parsed.document());
            if (diagnostics.hasErrors()) {
                return null;
            }
            return new BoardCompiler(diagnostics).compile(map, null, null);
        } catch (IrBudget.Exceeded e) {
            diagnostics.error("d2.compile.too_large", e.getMessage(), entry, new Span(0, 0));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // a compiler bug must not take the caller down: it becomes a diagnostic of its own
            diagnostics.error("d2.compile.internal", "internal compiler error: " + e, entry,
                    new Span(0, 0));
            return null;
        }
    }
}
