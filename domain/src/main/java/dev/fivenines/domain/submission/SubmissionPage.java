package dev.fivenines.domain.submission;

import java.util.List;

/** A page of history, newest first; {@code next} is null on the last page. */
public record SubmissionPage(List<SubmissionSummary> items, HistoryCursor next) {
    public SubmissionPage {
        items = List.copyOf(items);
    }
}
