package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The attributes d2 compiles onto an object, an edge or an arrowhead (d2graph.Attributes). */
final class Attrs {

    String label;
    /** Where the label was set (for "shape text must have a non-empty label"), or null. */
    Span labelSpan;
    dev.fivenines.feedback.d2.source.SourceText labelSource;
    String language = "";
    String shape = "";
    String near;
    Span nearSpan;
    String icon;
    String link;
    String tooltip;
    String width;
    String height;
    /** Most objects and edges have neither: each list is made at its first element (List.of() until then). */
    private List<String> classes = List.of();
    private List<String> constraint = List.of();
    /** Most objects and edges have no style: the map is made at the first one (Map.of() until then). */
    private Map<String, String> style = Map.of();
    boolean hasPosition;
    Span positionSpan;
    /** grid-rows or grid-columns is set: the object is a grid diagram. */
    boolean grid;

    List<String> classes() {
        return classes;
    }

    void addClass(String name) {
        classes = Lists.appended(classes, name);
    }

    List<String> constraint() {
        return constraint;
    }

    void addConstraint(String value) {
        constraint = Lists.appended(constraint, value);
    }

    /** The style keyword {@code key} ({@code fill}, {@code text-transform}...), or null when not set. */
    String style(String key) {
        return style.get(key);
    }

    void setStyle(String key, String value) {
        if (style.isEmpty()) {
            style = new HashMap<>();
        }
        style.put(key, value);
    }
}
