package dev.fivenines.feedback.d2.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generators of D2-like text from a seeded random generator: random characters, token soup and
 * mutated realistic diagrams. A failing case is reproduced from its seed alone. Public for the
 * compiler's tests, which feed it the same inputs.
 */
public final class D2Inputs {

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

    private static final String SPECIALS = "ab{}[]()<>-*:;.#|\"'\\$@&!_ \n\t\r";

    private D2Inputs() {
    }

    /** One of: random characters, D2's special characters, token soup, a mutated sample. */
    public static String anyText(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> randomChars(random);
            case 1 -> randomFrom(random, SPECIALS);
            case 2 -> tokenSoup(random);
            default -> mutated(random, SAMPLES);
        };
    }

    static String tokenSoup(RandomGenerator random) {
        StringBuilder s = new StringBuilder();
        int count = random.nextInt(121);
        for (int i = 0; i < count; i++) {
            s.append(TOKENS.get(random.nextInt(TOKENS.size())));
        }
        return s.toString();
    }

    /** A seed picked from {@code seeds} with up to 8 edits: deletions, token insertions, duplications, truncations. */
    static String mutated(RandomGenerator random, List<String> seeds) {
        List<int[]> edits = new ArrayList<>();
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            edits.add(new int[] {random.nextInt(4), random.nextInt(Integer.MAX_VALUE),
                    random.nextInt(Integer.MAX_VALUE), random.nextInt(TOKENS.size())});
        }
        return apply(seeds.get(random.nextInt(seeds.size())), edits);
    }

    /** Any UTF-16 code units, lone surrogates included, up to 300 of them. */
    private static String randomChars(RandomGenerator random) {
        char[] chars = new char[random.nextInt(301)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(Character.MAX_VALUE + 1));
        }
        return new String(chars);
    }

    private static String randomFrom(RandomGenerator random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(301);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
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
