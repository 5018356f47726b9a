package dev.fivenines.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The small D2 sources that froze or exhausted the server in SECURITY-PROBE F1 and F2, and
 * variants: more stars, other filters, non-ASCII, nested and tripling variables, and the
 * 131-byte submission that a published rubric pattern {@code a.*a.*a.*a.*a.*b} took 52 s over.
 */
final class HostilePayloads {

    /** A rubric role pattern that backtracks polynomially on a run of 'a' without a 'b'. */
    static final String RUBRIC_PATTERN = "a.*a.*a.*a.*a.*b";

    record Payload(String name, String source) {
    }

    private HostilePayloads() {
    }

    /** Bombs for the public diagnostics endpoint. */
    static List<Payload> lintBombs() {
        List<Payload> bombs = new ArrayList<>();
        bombs.add(new Payload("F1 filter glob, 6 stars over 100 chars (155 B)", labelFilter(100, 6)));
        bombs.add(new Payload("filter glob, 8 stars over 150 chars", labelFilter(150, 8)));
        bombs.add(new Payload("filter glob, 20 stars over 3000 chars", labelFilter(3000, 20)));
        bombs.add(new Payload("F1 non-ASCII key glob, 5 stars over 100 chars (223 B)",
                "é".repeat(100) + "\n" + "é*".repeat(5) + "x: red\n"));
        bombs.add(new Payload("non-ASCII key glob, 15 stars over 250 chars",
                "é".repeat(250) + "\n" + "é*".repeat(15) + "x: red\n"));
        bombs.add(new Payload("edge glob filter, 7 stars", "a -> b: \"" + "a".repeat(120) + "\"\n(* -> *)[*]: {\n  &label: "
                + "a*".repeat(7) + "b\n  style.stroke: red\n}\n"));
        bombs.add(new Payload("shape glob filter on ids, 7 stars", "a".repeat(120) + "\n*: {\n  &id: "
                + "a*".repeat(7) + "b\n  style.fill: red\n}\n"));
        bombs.add(new Payload("F2 vars doubling, 24 levels (578 B)", doublingVars(24, 2)));
        bombs.add(new Payload("vars tripling, 16 levels", doublingVars(16, 3)));
        bombs.add(new Payload("nested vars doubling, 24 levels", nestedVars(24)));
        return bombs;
    }

    /** Bombs sent as learner submissions. */
    static List<Payload> submissionBombs() {
        return List.of(
                new Payload("F1 non-ASCII glob submission (223 B)", "é".repeat(100) + "\n" + "é*".repeat(5) + "x: red\n"),
                new Payload("F2 vars doubling submission, 22 levels (538 B)", doublingVars(22, 2)));
    }

    /** A 131-byte submission whose label the rubric pattern backtracks over. */
    static Payload rubricPatternBomb() {
        return new Payload("rubric pattern over a 120-char label (131 B)", "client: \"" + "a".repeat(120) + "\"\n");
    }

    private static String labelFilter(int labelLength, int stars) {
        return "x: \"" + "a".repeat(labelLength) + "\"\n*: {\n  &label: " + "a*".repeat(stars) + "b\n  style.fill: red\n}\n";
    }

    /** {@code a1: ${a0}${a0}...}: each level multiplies the text by {@code factor}. */
    private static String doublingVars(int levels, int factor) {
        String defs = IntStream.rangeClosed(1, levels)
                .mapToObj(i -> "  a" + i + ": " + ("${a" + (i - 1) + "}").repeat(factor) + "\n")
                .collect(Collectors.joining());
        return "vars: {\n  a0: " + "x".repeat(100) + "\n" + defs + "}\nz: ${a" + levels + "}\n";
    }

    /** The same doubling through nested maps: {@code ${n.a1}} refers into {@code vars.n}. */
    private static String nestedVars(int levels) {
        String defs = IntStream.rangeClosed(1, levels)
                .mapToObj(i -> "    a" + i + ": ${n.a" + (i - 1) + "}${n.a" + (i - 1) + "}\n")
                .collect(Collectors.joining());
        return "vars: {\n  n: {\n    a0: " + "x".repeat(100) + "\n" + defs + "  }\n}\nz: ${n.a" + levels + "}\n";
    }
}
