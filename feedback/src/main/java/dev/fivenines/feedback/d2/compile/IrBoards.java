package dev.fivenines.feedback.d2.compile;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * Board inheritance in the IR: a layer starts empty, a scenario as a copy of its parent board as
 * it is at that point of the source (minus its label), a step as a copy of the previous step.
 */
final class IrBoards {

    private IrBoards() {
    }

    /**
     * Creates {@code field}'s map; when the field is a board, fills it from its base, with the
     * base's globs that {@code inheritsGlob} accepts.
     */
    static IrMap createMap(IrField field, Predicate<IrMap.Glob> inheritsGlob) {
        IrMap map = field.ensureMap();
        IrField keyword = field.owner.ownerField;
        if (keyword != null && keyword.isBoardKeyword() && keyword.owner.isBoardRoot()) {
            inherit(field, keyword.name, keyword.owner, inheritsGlob);
        }
        return map;
    }

    private static void inherit(IrField board, String kind, IrMap parentBoard, Predicate<IrMap.Glob> inheritsGlob) {
        IrMap map = board.map;
        map.outerBoard = parentBoard;
        IrMap base = switch (kind) {
            case "scenarios" -> parentBoard;
            case "steps" -> previousStep(board, parentBoard);
            default -> null;
        };
        if (base != null) {
            Predicate<IrField> inherited = f -> !f.isBoardKeyword()
                    && !(kind.equals("scenarios") && f.isKeywordLower("label"));
            base.copyInto(map, new IdentityHashMap<>(), inherited, inheritsGlob);
        }
    }

    private static IrMap previousStep(IrField step, IrMap parentBoard) {
        List<IrField> steps = step.owner.fields;
        for (int i = steps.indexOf(step) - 1; i >= 0; i--) {
            if (steps.get(i).map != null) {
                return steps.get(i).map;
            }
        }
        return parentBoard;
    }
}
