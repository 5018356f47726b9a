package dev.fivenines.feedback.d2.compile;

import dev.fivenines.feedback.d2.graph.Board;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compiles one IR board and its layers, scenarios and steps into {@link Board}s (compileBoard). */
final class BoardCompiler {

    private final Diagnostics diagnostics;

    BoardCompiler(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Board compile(IrMap map, String kind, String name) {
        GraphBuilder builder = new GraphBuilder(diagnostics, map);
        builder.build();
        setDefaultShapes(builder.objects);
        Validator validator = new Validator(builder.reserved, builder);
        if (!diagnostics.hasErrors()) {
            validator.validateKeys(builder.root, map);
        }
        validator.validateLabels();
        validator.validateNear();
        validator.validateEdges();
        validator.validatePositions();
        List<Board> boards = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String keyword : List.of("layers", "scenarios", "steps")) {
            IrField boardsField = map.getLower(keyword);
            if (boardsField == null || !boardsField.isKeywordLower(keyword) || boardsField.map == null) {
                continue;
            }
            for (IrField board : boardsField.map.fields) {
                if (!names.add(board.name)) {
                    builder.reserved.error("board name " + board.name + " already used by another board",
                            board.lastRef());
                    continue;
                }
                if (board.map == null && board.array != null) {
                    builder.reserved.error("invalid " + keyword.substring(0, keyword.length() - 1), board.lastRef());
                    continue;
                }
                IrMap boardMap = board.map == null ? new IrMap(board, null) : board.map;
                boards.add(compile(boardMap, keyword, board.name));
            }
        }
        return Export.board(kind, name, builder, boards, capsLock(map));
    }

    /** The Terminal theme (id 300) writes every label in capitals. */
    private static boolean capsLock(IrMap map) {
        for (IrMap m = map; m != null; m = m.lookupParent()) {
            IrField vars = m.getLower("vars");
            IrField config = vars == null || vars.map == null ? null : vars.map.getLower("d2-config");
            IrField theme = config == null || config.map == null ? null : config.map.getLower("theme-id");
            if (theme != null && theme.primary != null) {
                return theme.primary.text().equals("300");
            }
        }
        return false;
    }

    private static void setDefaultShapes(List<GObj> objects) {
        for (GObj obj : objects) {
            if (!obj.attrs.shape.isEmpty()) {
                continue;
            }
            String language = obj.attrs.language;
            if (obj.outerSequenceDiagram() != null) {
                obj.attrs.shape = "rectangle";
            } else if (language.equals("latex") || language.equals("markdown")) {
                obj.attrs.shape = "text";
            } else if (!language.isEmpty()) {
                obj.attrs.shape = "code";
            } else {
                obj.attrs.shape = "rectangle";
            }
        }
    }
}
