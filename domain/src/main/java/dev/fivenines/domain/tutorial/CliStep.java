package dev.fivenines.domain.tutorial;

/**
 * One redis-cli command in a practice check.
 *
 * @param client a letter naming the connection ({@code A}, {@code B}); steps with the same letter
 *               share a connection
 * @param reply  the expected reply exactly as {@code redis-cli --no-raw} prints it, with the
 *               placeholders of {@code practice-checks.json}; null for the asked command
 */
public record CliStep(String client, String command, String reply) {
}
