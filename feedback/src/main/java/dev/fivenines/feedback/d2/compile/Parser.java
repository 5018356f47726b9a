package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.parser.ParseResult;
import dev.fivenines.feedback.d2.source.SourceText;

/** The parser the compiler uses, injectable so the compiler can be tested apart from it. */
@FunctionalInterface
public interface Parser {
    ParseResult parse(SourceText source);
}
