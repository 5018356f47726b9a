package dev.fivenines.domain.publishing;

import java.util.List;

/** A tutorial version that failed validation; nothing was changed. */
public final class BundleRejectedException extends RuntimeException {

    private final transient List<BundleCheck.Problem> problems;

    public BundleRejectedException(List<BundleCheck.Problem> problems) {
        super("The tutorial version is not valid; nothing was published.", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<BundleCheck.Problem> problems() {
        return problems;
    }
}
