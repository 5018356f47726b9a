package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.ast.Scalar;
import dev.fivenines.feedback.d2.ast.StringValue;
import dev.fivenines.feedback.d2.source.SourceText;
import java.net.URI;
import java.util.Locale;

/** The scalar value of a simple keyword: checked and stored as d2compiler's compileReserved does. */
final class Values {

    private final Reserved reserved;

    Values(Reserved reserved) {
        this.reserved = reserved;
    }

    void apply(Attrs attrs, IrField field, Scalar scalar, String text, SourceText source) {
        switch (field.name) {
            case "label" -> {
                reserved.compileLabel(attrs, field.primary, source);
                reserved.compilePosition(attrs, field);
            }
            case "shape" -> shape(attrs, scalar, text, source);
            case "icon" -> {
                if (text.startsWith(":")) {
                    reserved.error("bad icon url \"" + text + "\": parse \"" + text + "\": missing protocol scheme",
                            source, scalar);
                    return;
                }
                attrs.icon = text;
                reserved.compilePosition(attrs, field);
            }
            case "near" -> {
                attrs.near = text;
                attrs.nearSpan = scalar.span();
            }
            case "tooltip" -> {
                attrs.tooltip = text;
                reserved.compilePosition(attrs, field);
            }
            case "width" -> attrs.width = integer("width", scalar, text, source, Integer.MIN_VALUE);
            case "height" -> attrs.height = integer("height", scalar, text, source, Integer.MIN_VALUE);
            case "top", "left" -> {
                attrs.hasPosition |= integer(field.name, scalar, text, source, 0) != null;
                if (attrs.positionSpan == null) {
                    attrs.positionSpan = field.lastRef().span();
                }
            }
            case "grid-rows", "grid-columns" -> attrs.grid |= integer(field.name, scalar, text, source, 1) != null;
            case "grid-gap", "vertical-gap", "horizontal-gap" -> integer(field.name, scalar, text, source, 0);
            case "link" -> attrs.link = text;
            case "direction" -> {
                if (Reserved.direction(text) == null) {
                    reserved.error("direction must be one of up, down, right, left, got \"" + text + "\"", source,
                            scalar);
                }
            }
            case "constraint" -> {
                if (scalar instanceof StringValue) {
                    attrs.addConstraint(text);
                } else {
                    reserved.error("constraint value must be a string", field.lastRef());
                }
            }
            case "class" -> attrs.addClass(text);
            default -> { }
        }
        checkUrlLabel(attrs, scalar, source);
    }

    private void shape(Attrs attrs, Scalar scalar, String text, SourceText source) {
        String value = text.toLowerCase(Locale.ROOT);
        if (!Keywords.SHAPES.contains(value) && !Keywords.ARROWHEADS.contains(value)) {
            reserved.error("unknown shape \"" + text + "\"", source, scalar);
            return;
        }
        attrs.shape = value;
        if (value.equals("code")) {
            attrs.language = "text";
        }
    }

    private String integer(String name, Scalar scalar, String text, SourceText source, int minimum) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            reserved.error("non-integer " + name + " \"" + text + "\": strconv.Atoi: parsing \"" + text
                    + "\": invalid syntax", source, scalar);
            return null;
        }
        if (minimum != Integer.MIN_VALUE && value < minimum) {
            String kind = minimum == 0 ? "a non-negative integer" : "a positive integer";
            reserved.error(name + " must be " + kind + ": \"" + text + "\"", source, scalar);
            return null;
        }
        return text;
    }

    private void checkUrlLabel(Attrs attrs, Scalar scalar, SourceText source) {
        if (attrs.link != null && attrs.label != null && isUrl(attrs.label)) {
            reserved.error("Label cannot be set to URL when link is also set (for security)", source, scalar);
        }
        if (attrs.link != null && attrs.tooltip != null && isUrl(attrs.tooltip)) {
            reserved.error("Tooltip cannot be set to URL when link is also set (for security)", source, scalar);
        }
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
