/**
 * The LLM review: one chat completion per submission against an OpenAI-compatible server, its
 * answer validated against {@link dev.fivenines.feedback.llm.ReviewSchema} on our side, grounded
 * in the submission ({@link dev.fivenines.feedback.llm.Grounding}) and merged so that structural
 * verdicts never change ({@link dev.fivenines.feedback.llm.FeedbackMerger}).
 *
 * <p>Wiring: build one {@link dev.fivenines.feedback.llm.LlmDiagramReviewer} per application (it
 * owns the connection pool, circuit breaker, concurrency limit and budgets) from
 * {@link dev.fivenines.feedback.llm.LlmSettings#fromEnvironment}; when that is empty the LLM review
 * is disabled. For each job call {@code review(learnerId, tutorial, source, structuralReport)} and
 * store the result's report, state, reason and prompt version; reuse stored reviews under
 * {@link dev.fivenines.feedback.llm.ReviewCacheKey#of}. {@link dev.fivenines.feedback.llm.InjectionDetector#scan}
 * is deterministic and may also run in the structural path; the merge does not duplicate its findings.
 */
package dev.fivenines.feedback.llm;
