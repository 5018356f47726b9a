package dev.fivenines.api.cli;

import java.io.PrintStream;
import java.util.List;

/** A command of the one jar; returns the process exit code (0 ok, 1 negative result, 2 unusable input). */
interface Command {
    int run(List<String> args, PrintStream out, PrintStream err);
}
