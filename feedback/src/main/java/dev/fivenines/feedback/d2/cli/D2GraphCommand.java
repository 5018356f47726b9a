package dev.fivenines.feedback.d2.cli;

import dev.fivenines.feedback.d2.compile.D2Compiler;
import dev.fivenines.feedback.d2.compile.FileSystemResolver;
import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code d2 graph FILE...}: compiles each file (imports relative to it) and prints one JSON line per
 * file. Exit 0 when every file is valid D2, 1 when any is invalid, 2 when a file cannot be read.
 */
public final class D2GraphCommand {

    private D2GraphCommand() {
    }

    public static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: d2 graph FILE...");
            return 2;
        }
        int status = 0;
        D2Compiler compiler = new D2Compiler();
        for (String file : files) {
            Path path = Path.of(file);
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                status = 2;
                continue;
            }
            SourceText source = new SourceText(file, text);
            Path directory = path.toAbsolutePath().getParent();
            DiagramGraph graph = compiler.compile(source, new FileSystemResolver(directory));
            out.println(D2GraphJson.toJson(file, source, graph));
            if (!graph.valid() && status == 0) {
                status = 1;
            }
        }
        return status;
    }
}
