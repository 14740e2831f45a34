package org.childsafe.assessment.service;

import jakarta.inject.Singleton;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.domain.ResultSource;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.domain.StoredResult;
import org.childsafe.assessment.persistence.ResultStore;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.Scoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Which result an assessment shows, and taking snapshots (docs/scoring.md, "Which result is shown"). A
 * submitted, in-review or verified assessment serves its stored snapshot, read back exactly as stored; only
 * drafts and assessments returned for changes are scored live. During review a preview of the verified
 * result (with the auditor's reviews so far) is computed beside the stored one, and never stored.
 */
@Singleton
public class Results {

    private static final Logger LOG = LoggerFactory.getLogger(Results.class);

    private final ResultStore store;

    public Results(ResultStore store) {
        this.store = store;
    }

    /** The result to show for the assessment. */
    public ServedResult served(AssessmentDetails details) {
        AssessmentStatus status = details.assessment().status();
        if (!status.hasStoredResult()) {
            return ServedResult.live(live(details));
        }
        return store.served(details.assessment().id())
                .map(stored -> ServedResult.stored(stored, status == AssessmentStatus.VERIFIED ? null : live(details)))
                .orElseGet(() -> {
                    // cannot happen for assessments submitted by this version (the snapshot is stored in the same
                    // transaction); say so rather than show nothing
                    LOG.warn("Assessment {} is {} but has no stored result; showing a live result",
                            details.assessment().id(), status.code());
                    return ServedResult.live(live(details));
                });
    }

    /** The result on the assessment's current answers and reviews. */
    public static ScoreComparison live(AssessmentDetails details) {
        return Scoring.compare(details.framework(), details.responses());
    }

    /** Scores the assessment now and stores the result as a snapshot of the given kind. */
    StoredResult take(AssessmentDetails details, ResultSource kind, Instant at, String by) {
        return store.store(details.assessment(), details.framework().code(), kind, live(details), at, by);
    }
}
