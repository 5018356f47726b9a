package dev.fivenines.feedback.d2.parser;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of D2-like text: random characters, token soup and mutated realistic diagrams. */
final class D2Inputs {

    /** Fragments that exercise every production, including the broken and the odd. */
    static final List<String> TOKENS = List.of(
            "a", "b", "x.y", "shape", "style.fill", "_", "*", "**", "a*", "\"q\"", "'s'", "''", "\"", "'",
            "|", "|md", "|||", "|`", "`|", "\"\"\"", "#", "# c\n", "\n", " ", "\t", ";", ":", ".", "..", "...",
            "{", "}", "[", "]", "(", ")", "[0]", "[*]", "[x", "->", "<-", "<->", "--", "-", "<>", "-*", "*-",
            "---->", "\\", "\\\n", "\\n", "$", "${", "${a}", "...${a}", "@", "@x", "...@x", "./", "../",
            "&", "!&", "null", "true", "FALSE", "suspend", "unsuspend", "1", "-2.5e3", "0x1f", "1/0", "3/4",
            "label", "\r\n", "\u00a0", "\u00e9", "\ud83d\ude00", "\ud83d", "\ude00", "\u0000", "\u2028");

    static final List<String> SAMPLES = List.of(
            "a -> b: hello\nb <- c\na.b.c: {shape: circle}\n",
            "x: {\n  label: x\n  style: {fill: \"#fff\"; stroke-width: 2}\n}\n(x -> y)[0].style.stroke: red\n",
            "vars: {n: 3}\nk: ${n} items\n...${n}\n...@imported\ny: @lib/z.d2\n",
            "md: |md\n  # Title\n  text | still\n|\ncode: |||go\n  x := \"||\"\n|||\n",
            "\"\"\"\nblock comment\n\"\"\"\n# one\n# two\nclasses: {c: {style.fill: red}}\nx.class: [c; d]\n",
            "*.style.fill: red\n&shape: circle\n!&label: x\n(* -> *)[*].label: all\na -> b -> c -> d: chain\n",
            "scenarios: {s1: {a -> b}}\nsteps: {1: {x}; 2: {y}}\nlayers: {l: {z: null}}\n",
            "t: {shape: sql_table; id: int {constraint: primary_key}}\nc: {shape: class; +f(): int}\n");

    private D2Inputs() {
    }

    static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("ab{}[]()<>-*:;.#|\"'\\$@&!_ \n\t\r").ofMaxLength(300),
                tokenSoup(), mutated(Arbitraries.of(SAMPLES)));
    }

    static Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(tokens -> String.join("", tokens));
    }

    /** Seeds with up to 8 edits each: deletions, token insertions, duplications and truncations. */
    static Arbitrary<String> mutated(Arbitrary<String> seeds) {
        Arbitrary<List<int[]>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE),
                        Arbitraries.integers().between(0, TOKENS.size() - 1))
                .as((kind, at, len, token) -> new int[] {kind, at, len, token})
                .list().ofMaxSize(8);
        return Combinators.combine(seeds, edits).as(D2Inputs::apply);
    }

    static String apply(String seed, List<int[]> edits) {
        StringBuilder s = new StringBuilder(seed);
        for (int[] e : edits) {
            int at = s.isEmpty() ? 0 : e[1] % (s.length() + 1);
            int len = Math.min(s.length() - at, e[2] % 16);
            switch (e[0]) {
                case 0 -> s.delete(at, at + len);
                case 1 -> s.insert(at, TOKENS.get(e[3]));
                case 2 -> s.insert(at, s.substring(at, at + len));
                default -> s.setLength(Math.max(at, s.length() - len));
            }
        }
        return s.toString();
    }
}
