package dev.fivenines.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.feedback.d2.graph.DiagramGraph;
import dev.fivenines.feedback.d2.source.SourceText;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyCompiledTest {

    private final AtomicInteger compilations = new AtomicInteger();
    private final DiagramCompiler counting = source -> {
        compilations.incrementAndGet();
        return DiagramCompiler.withoutImports().compile(source);
    };
    /** Room for two small graphs ("a" weighs about 200), and entries of at most 1,000. */
    private final RecentlyCompiled recent = new RecentlyCompiled(counting, 500, 1_000, Runnable::run);

    @Test
    void compileWhenSameNameAndTextAgainThenSameGraphWithoutCompiling() {
        DiagramGraph first = recent.compile(new SourceText("submission.d2", "a -> b"));
        DiagramGraph again = recent.compile(new SourceText("submission.d2", new String("a -> b")));

        assertThat(again).isSameAs(first);
        assertThat(compilations).hasValue(1);
        assertThat(again.root().connections()).hasSize(1);
    }

    @Test
    void compileWhenOtherTextOrNameThenCompiles() {
        recent.compile(new SourceText("submission.d2", "a -> b"));
        recent.compile(new SourceText("submission.d2", "a -> c"));
        recent.compile(new SourceText("other.d2", "a -> b"));

        assertThat(compilations).hasValue(3);
    }

    @Test
    void compileWhenMoreWeightThanTheCacheHoldsThenAnOlderGraphIsCompiledAgain() {
        recent.compile(new SourceText("s", "a"));
        recent.compile(new SourceText("s", "b"));
        recent.compile(new SourceText("s", "c")); // three graphs of about 200 do not fit in 500

        recent.compile(new SourceText("s", "a"));
        recent.compile(new SourceText("s", "b"));
        recent.compile(new SourceText("s", "c"));
        assertThat(compilations.get()).isGreaterThan(3);
    }

    /** Issue 20: three 478-byte sources whose vars made 52 MB labels stayed pinned in the cache. */
    @Test
    void compileWhenTheGraphIsHeavierThanAnEntryMayBeThenItIsReturnedButNotKept() {
        SourceText heavy = new SourceText("s", "x: " + "long label ".repeat(100));

        DiagramGraph first = recent.compile(heavy);
        recent.compile(heavy);

        assertThat(first.root().shapes()).singleElement().extracting(s -> s.label().length()).isEqualTo(1_099);
        assertThat(compilations).hasValue(2);
    }

    @Test
    void compileWhenTheThreadWasInterruptedThenTheResultIsNotKept() {
        try {
            Thread.currentThread().interrupt();
            recent.compile(new SourceText("s", "a -> b"));
            recent.compile(new SourceText("s", "a -> b"));
        } finally {
            Thread.interrupted();
        }

        assertThat(compilations).hasValue(2);
    }
}
