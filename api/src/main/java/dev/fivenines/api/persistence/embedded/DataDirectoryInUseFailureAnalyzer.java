package dev.fivenines.api.persistence.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused second instance says so in two lines instead of a 150-line stack trace. */
public final class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Use the running instance or stop it first, or give this one a data directory of its own "
                        + "(FIVENINES_DATA_DIR or --fivenines.data-dir=DIR).",
                cause);
    }
}
