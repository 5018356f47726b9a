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
    private final RecentlyCompiled recent = new RecentlyCompiled(counting, 2);

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
    void compileWhenMoreSourcesThanCapacityThenTheLeastRecentlyUsedIsCompiledAgain() {
        recent.compile(new SourceText("s", "a"));
        recent.compile(new SourceText("s", "b"));
        recent.compile(new SourceText("s", "a")); // a is now the most recent
        recent.compile(new SourceText("s", "c")); // evicts b

        recent.compile(new SourceText("s", "a"));
        assertThat(compilations).hasValue(3);
        recent.compile(new SourceText("s", "b"));
        assertThat(compilations).hasValue(4);
    }
}
