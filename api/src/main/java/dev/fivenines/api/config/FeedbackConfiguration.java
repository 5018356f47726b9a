package dev.fivenines.api.config;

import dev.fivenines.api.persistence.CaffeineRecentRevisions;
import dev.fivenines.domain.common.BoundedWork;
import dev.fivenines.api.security.PseudonymKey;
import dev.fivenines.domain.diagram.DiagramLinter;
import dev.fivenines.feedback.diagnostics.D2DiagnosticsService;
import dev.fivenines.domain.feedback.DiagramAnalyzer;
import dev.fivenines.domain.feedback.DiagramReviewer;
import org.springframework.beans.factory.ObjectProvider;
import dev.fivenines.domain.learning.HintLadder;
import dev.fivenines.domain.learning.LearningRecords;
import dev.fivenines.domain.learning.PracticeService;
import dev.fivenines.domain.learning.ProgressRecords;
import dev.fivenines.domain.learning.ProgressService;
import dev.fivenines.domain.submission.DiagramOutliner;
import dev.fivenines.domain.submission.Pseudonyms;
import dev.fivenines.domain.submission.RecentRevisions;
import dev.fivenines.domain.submission.ResearchExport;
import dev.fivenines.domain.submission.SubmissionAccess;
import dev.fivenines.domain.submission.SubmissionExport;
import dev.fivenines.domain.submission.SubmissionService;
import dev.fivenines.domain.submission.SubmissionStore;
import dev.fivenines.domain.tutorial.TutorialCatalog;
import dev.fivenines.feedback.diagnostics.D2Outliner;
import dev.fivenines.feedback.review.DiagramCompiler;
import dev.fivenines.feedback.review.DiagramReviewService;
import dev.fivenines.feedback.review.RecentlyCompiled;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pure domain and feedback services (no Spring inside them) into the application. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    DiagramLinter diagramLinter() {
        return new D2DiagnosticsService();
    }

    /** A submission is compiled for its review and again for its revision outline: once, with this. */
    @Bean
    DiagramCompiler submissionCompiler() {
        return new RecentlyCompiled(DiagramCompiler.withoutImports());
    }

    @Bean
    DiagramAnalyzer diagramAnalyzer(DiagramCompiler compiler) {
        return new DiagramReviewService(compiler);
    }

    @Bean
    DiagramOutliner diagramOutliner(DiagramCompiler compiler) {
        return new D2Outliner(compiler);
    }

    /** Room for 20,000 learners' newest revisions (tens of MiB at most); the rest are read back. */
    @Bean
    RecentRevisions recentRevisions() {
        return new CaffeineRecentRevisions(20_000);
    }

    /** Every compiled submission gets an LLM review queued when a reviewer is configured. */
    @Bean
    SubmissionService submissionService(TutorialCatalog catalog, DiagramAnalyzer analyzer, DiagramOutliner outliner,
                                        SubmissionStore store, RecentRevisions recent, BoundedWork work,
                                        ObjectProvider<DiagramReviewer> reviewer) {
        return new SubmissionService(catalog, analyzer, outliner, store, recent, work, Clock.systemUTC(),
                UUID::randomUUID, reviewer.getIfAvailable() != null);
    }

    @Bean
    SubmissionAccess submissionAccess(SubmissionStore store) {
        return new SubmissionAccess(store);
    }

    @Bean
    PracticeService practiceService(TutorialCatalog catalog, LearningRecords records, BoundedWork work) {
        return new PracticeService(catalog, records, work);
    }

    @Bean
    HintLadder hintLadder(TutorialCatalog catalog, LearningRecords records, SubmissionStore store) {
        return new HintLadder(catalog, records, store);
    }

    @Bean
    ResearchExport researchExport(SubmissionExport source, FiveninesProperties properties) {
        return new ResearchExport(source, new Pseudonyms(
                PseudonymKey.resolve(properties.research().pseudonymKey(), properties.dataDir())));
    }

    @Bean
    ProgressService progressService(TutorialCatalog catalog, ProgressRecords records) {
        return new ProgressService(catalog, records);
    }
}
