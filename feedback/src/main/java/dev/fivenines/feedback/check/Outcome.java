package dev.fivenines.feedback.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What evaluating one spec gives: whether it holds, the diagram elements involved, and for a
 * failure what is wrong ({@code problem}) and one concrete step to fix it ({@code fix}), both
 * written for the learner.
 */
record Outcome(Status status, List<Element> evidence, String problem, String fix) {

    enum Status { HOLDS, MISSING, BROKEN, UNCLEAR }

    Outcome {
        evidence = List.copyOf(evidence);
    }

    static Outcome holds(List<Element> evidence) {
        return new Outcome(Status.HOLDS, evidence, "", "");
    }

    static Outcome missing(List<Element> evidence, String problem, String fix) {
        return new Outcome(Status.MISSING, evidence, problem, fix);
    }

    static Outcome broken(List<Element> evidence, String problem, String fix) {
        return new Outcome(Status.BROKEN, evidence, problem, fix);
    }

    static Outcome unclear(List<Element> evidence, String problem, String fix) {
        return new Outcome(Status.UNCLEAR, evidence, problem, fix);
    }

    boolean holds() {
        return status == Status.HOLDS;
    }

    Outcome withMoreEvidence(List<Element> more) {
        List<Element> all = new ArrayList<>(evidence);
        more.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return new Outcome(status, all, problem, fix);
    }
}
