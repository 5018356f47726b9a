package dev.fivenines.feedback.d2.compile;

import java.util.ArrayList;
import java.util.List;

/** Lists that most graph objects and attributes leave empty: made at their first element. */
final class Lists {

    private Lists() {
    }

    /**
     * {@code list} with {@code value} added: a new ArrayList at the first value ({@code List.of()}
     * until then, which the exported records keep without copying), else the list itself.
     */
    static <T> List<T> appended(List<T> list, T value) {
        List<T> growable = list.isEmpty() ? new ArrayList<>() : list;
        growable.add(value);
        return growable;
    }
}
