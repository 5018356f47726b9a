package dev.fivenines.content;

/**
 * A problem in tutorial content, located for the author.
 *
 * @param file path relative to the content root ({@code single-node-key-value-core/rubric.yaml})
 * @param line 1-based; 0 when the problem concerns the whole file
 */
public record ContentProblem(String file, int line, String message) {

    /** {@code file:line: message}, the format editors and CI logs turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
