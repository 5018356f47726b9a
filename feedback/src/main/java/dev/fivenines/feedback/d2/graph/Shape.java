package dev.fivenines.feedback.d2.graph;

import java.util.List;

/**
 * A compiled D2 object, in the terms of the conformance corpus ({@code expected/*.json} "shapes").
 *
 * @param id              absolute id as D2 prints it ({@code a."b.c"}), first spelling kept
 * @param label           the label after D2's rules (label field wins over the primary value)
 * @param shape           the compiled shape keyword, lower case ({@code rectangle} by default);
 *                        null for sequence-diagram spans and notes, whose shape layout overwrites
 * @param parent          the parent's id, or null at the board root
 * @param sequenceDiagram id of the enclosing sequence diagram ("" = the board root is one), or null
 * @param seqRole         the role inside a sequence diagram, or null outside one
 * @param columns         sql_table columns (empty otherwise)
 * @param fields          class fields (empty otherwise)
 * @param methods         class methods (empty otherwise)
 * @param references      every place in the source that mentions this object, first one first
 * @param textTransform   {@code style.text-transform} when set (the label is already transformed), or null
 */
public record Shape(
        String id,
        String label,
        String shape,
        String parent,
        String language,
        String near,
        String icon,
        List<String> classes,
        String sequenceDiagram,
        SeqRole seqRole,
        List<Column> columns,
        List<ClassField> fields,
        List<ClassMethod> methods,
        List<SourceRef> references,
        String textTransform) {

    /** Without {@code textTransform}: the shape as most callers build it. */
    public Shape(String id, String label, String shape, String parent, String language, String near, String icon,
                 List<String> classes, String sequenceDiagram, SeqRole seqRole, List<Column> columns,
                 List<ClassField> fields, List<ClassMethod> methods, List<SourceRef> references) {
        this(id, label, shape, parent, language, near, icon, classes, sequenceDiagram, seqRole, columns, fields,
                methods, references, null);
    }

    public Shape {
        classes = List.copyOf(classes);
        columns = List.copyOf(columns);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        references = List.copyOf(references);
    }

    public enum SeqRole { ACTOR, SPAN, NOTE, GROUP, OTHER }

    public record Column(String name, String type, List<String> constraint) {
        public Column {
            constraint = List.copyOf(constraint);
        }
    }

    /** @param visibility {@code public}, {@code private} or {@code protected} */
    public record ClassField(String name, String type, String visibility) {
    }

    /** @param visibility {@code public}, {@code private} or {@code protected} */
    public record ClassMethod(String name, String returnType, String visibility) {
    }
}
