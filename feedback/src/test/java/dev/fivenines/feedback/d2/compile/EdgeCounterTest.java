package dev.fivenines.feedback.d2.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeCounterTest {

    /** An end that hashes like every other one: all entries collide, so only probing can tell them apart. */
    private static final class SameHash {
        @Override
        public int hashCode() {
            return 7;
        }
    }

    private record Key(Object src, Object dst, boolean srcArrow, boolean dstArrow) {
    }

    @Test
    void parallelEdgesAreNumberedFromZero() {
        EdgeCounter counter = new EdgeCounter();
        Object a = new Object();
        Object b = new Object();
        assertThat(counter.next(a, b, false, true)).isZero();
        assertThat(counter.next(a, b, false, true)).isEqualTo(1);
        assertThat(counter.next(b, a, false, true)).as("reversed ends").isZero();
        assertThat(counter.next(a, b, true, true)).as("other arrows").isZero();
        assertThat(counter.next(a, b, false, false)).as("no arrows").isZero();
        assertThat(counter.next(a, b, false, true)).isEqualTo(2);
    }

    @Test
    void endsAreComparedByIdentityNotByEquality() {
        EdgeCounter counter = new EdgeCounter();
        String src = new String("a");
        String equalSrc = new String("a");
        Object dst = new Object();
        assertThat(counter.next(src, dst, false, true)).isZero();
        assertThat(counter.next(equalSrc, dst, false, true)).isZero();
        assertThat(counter.next(src, dst, false, true)).isEqualTo(1);
    }

    @Test
    void clearStartsEveryCountAgain() {
        EdgeCounter counter = new EdgeCounter();
        Object a = new Object();
        Object b = new Object();
        counter.next(a, b, false, true);
        counter.next(a, b, false, true);
        counter.clear();
        assertThat(counter.next(a, b, false, true)).isZero();
    }

    /** Many ends (the table grows many times), colliding hashes, and repeats: the same counts as a map. */
    @Test
    void agreesWithAMapOverRandomEdges() {
        Random random = new Random(7);
        List<Object> ends = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ends.add(i % 3 == 0 ? new SameHash() : new Object());
        }
        EdgeCounter counter = new EdgeCounter();
        Map<Key, Integer> expected = new HashMap<>();
        for (int n = 0; n < 50_000; n++) {
            Object src = ends.get(random.nextInt(ends.size()));
            Object dst = ends.get(random.nextInt(ends.size()));
            boolean srcArrow = random.nextInt(4) == 0;
            boolean dstArrow = random.nextBoolean();
            int want = expected.merge(new Key(src, dst, srcArrow, dstArrow), 1, Integer::sum) - 1;
            assertThat(counter.next(src, dst, srcArrow, dstArrow)).as("edge %d", n).isEqualTo(want);
        }
    }
}
