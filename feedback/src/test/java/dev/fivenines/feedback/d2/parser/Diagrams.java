package dev.fivenines.feedback.d2.parser;

/** Generated, valid D2 of a chosen size: containers of shapes with labels, styles and edges. */
final class Diagrams {

    private Diagrams() {
    }

    /** At least {@code minChars} characters of valid D2. */
    static String generated(int minChars) {
        StringBuilder s = new StringBuilder(minChars + 256);
        for (int c = 0; s.length() < minChars; c++) {
            s.append("group").append(c).append(": Group ").append(c).append(" {\n");
            for (int i = 0; i < 10 && s.length() < minChars; i++) {
                s.append("  n").append(i).append(": \"Node ").append(i).append("\" {shape: rectangle}\n");
                s.append("  n").append(i).append(".style.fill: '#f0f0f0'\n");
                s.append("  n").append(i).append(" -> n").append((i + 1) % 10).append(": calls # edge\n");
            }
            s.append("}\n");
            s.append("group").append(c).append(" -> group").append(c + 1).append(": next\n");
        }
        return s.toString();
    }

    /** Exactly {@code lines} lines of valid D2 in the same style. */
    static String lines(int lines) {
        StringBuilder s = new StringBuilder();
        int written = 0;
        for (int c = 0; written < lines; c++) {
            s.append("group").append(c).append(": {\n");
            written++;
            for (int i = 0; i < 8 && written < lines - 1; i++, written++) {
                s.append(i % 2 == 0 ? "  n" + i + ": \"Node " + i + "\" {shape: circle}\n"
                        : "  n" + (i - 1) + " -> n" + i + ": calls\n");
            }
            s.append("}\n");
            written++;
        }
        return s.toString();
    }
}
