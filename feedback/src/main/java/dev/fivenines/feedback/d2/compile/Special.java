package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Shape;
import java.util.List;

/** class and sql_table: children become fields/methods or columns and leave the object list. */
final class Special {

    private Special() {
    }

    static void compileClass(GObj obj, List<GObj> objects) {
        for (GObj child : obj.children) {
            String name = child.name;
            String visibility = "public";
            if (!name.isEmpty()) {
                switch (name.charAt(0)) {
                    case '+' -> name = name.substring(1);
                    case '-' -> {
                        visibility = "private";
                        name = name.substring(1);
                    }
                    case '#' -> {
                        visibility = "protected";
                        name = name.substring(1);
                    }
                    default -> { }
                }
            }
            String label = child.attrs.label;
            if (!child.name.contains("(")) {
                obj.addClassField(new Shape.ClassField(name, label.equals(child.name) ? "" : label, visibility));
            } else {
                obj.addMethod(new Shape.ClassMethod(name, label.equals(child.name) ? "void" : label, visibility));
            }
        }
        absorb(obj, objects);
    }

    static void compileSqlTable(GObj obj, List<GObj> objects) {
        for (GObj column : obj.children) {
            String type = column.attrs.label.equals(column.name) ? "" : column.attrs.label;
            obj.addColumn(new Shape.Column(column.name, type, column.attrs.constraint()));
        }
        absorb(obj, objects);
    }

    private static void absorb(GObj obj, List<GObj> objects) {
        for (GObj child : obj.children) {
            markAbsorbed(child);
        }
        objects.removeIf(o -> o.absorbed);
        obj.removeChildren();
    }

    private static void markAbsorbed(GObj obj) {
        obj.absorbed = true;
        for (GObj child : obj.children) {
            markAbsorbed(child);
        }
    }

    /** An edge to {@code table.column} attaches to the table and remembers the column's index. */
    static void columnIndexes(GEdge edge, GObj owner, List<IrField> srcPath, List<IrField> dstPath) {
        if (edge.src.hasShape("sql_table") && edge.src != edge.dst && owner.depth + srcPath.size() > edge.src.depth) {
            edge.srcColumn = columnIndex(edge.src, srcPath.getLast().name);
        }
        if (edge.dst.hasShape("sql_table") && owner.depth + dstPath.size() > edge.dst.depth) {
            edge.dstColumn = columnIndex(edge.dst, dstPath.getLast().name);
        }
    }

    private static Integer columnIndex(GObj table, String name) {
        for (int i = 0; i < table.columns.size(); i++) {
            if (table.columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return null;
    }
}
