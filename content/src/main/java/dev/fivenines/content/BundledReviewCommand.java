package dev.fivenines.content;

import dev.fivenines.feedback.review.DiagramReviewService;
import dev.fivenines.feedback.review.ReviewCommand;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code review --tutorial SLUG FILE...} over the bundled tutorials: the entry the jar's command line
 * calls. See {@link ReviewCommand} for output and exit codes.
 */
public final class BundledReviewCommand {

    private BundledReviewCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return new ReviewCommand(new BundledTutorialLookup(), new DiagramReviewService()).run(args, out, err);
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }
}
