package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.source.Span;
import java.util.ArrayList;
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
    final List<String> classes = new ArrayList<>();
    final List<String> constraint = new ArrayList<>();
    final Map<String, String> style = new HashMap<>();
    boolean hasPosition;
    Span positionSpan;
    /** grid-rows or grid-columns is set: the object is a grid diagram. */
    boolean grid;
}
