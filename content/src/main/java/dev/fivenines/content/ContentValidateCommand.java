package dev.fivenines.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code content validate [DIR]}: checks tutorial content (the bundled content when DIR is
 * absent) and prints every problem as {@code file:line: message}. Exit 0 when the content is
 * valid, 1 when it has problems, 2 when the input is unusable (too many arguments, DIR not a
 * directory or without catalog.yaml).
 */
public final class ContentValidateCommand {

    private ContentValidateCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1) {
            err.println("usage: content validate [DIR]");
            return 2;
        }
        ContentSource source;
        String prefix;
        if (args.isEmpty()) {
            source = ContentSource.bundled();
            prefix = "tutorials/";
        } else {
            Path dir = Path.of(args.getFirst());
            if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve(ContentLoader.CATALOG))) {
                err.println("content validate: " + dir + " is not a content directory (no " + ContentLoader.CATALOG + ")");
                return 2;
            }
            source = ContentSource.directory(dir);
            prefix = dir + "/";
        }
        LoadedContent content = ContentLoader.load(source);
        for (ContentProblem p : content.problems()) {
            out.println(prefix + p);
        }
        if (!content.problems().isEmpty()) {
            err.println(content.problems().size() + " problem(s) found");
            return 1;
        }
        out.println("ok: " + content.catalog().size() + " tutorials, " + content.tutorials().size() + " available");
        return 0;
    }
}
