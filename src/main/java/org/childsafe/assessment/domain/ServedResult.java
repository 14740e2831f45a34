package org.childsafe.assessment.domain;

import org.childsafe.scoring.ScoreComparison;

import java.time.Instant;

/**
 * The result a reader gets for an assessment (docs/scoring.md, "Which result is shown"): the verified
 * snapshot of a verified assessment, the submitted snapshot of a submitted one or one in review, and a live
 * result of a draft or an assessment returned for changes.
 *
 * @param source  where it comes from
 * @param result  the result; for a stored one, exactly as stored
 * @param takenAt when the snapshot was taken; null for a live result
 * @param preview in review only: what the verified result would be with the auditor's reviews so far
 *                (computed now, not stored); else null
 */
public record ServedResult(ResultSource source, ScoreComparison result, String methodVersion, Instant takenAt,
                           ScoreComparison preview) {

    public static ServedResult live(ScoreComparison result) {
        return new ServedResult(ResultSource.LIVE, result, result.effective().methodVersion(), null, null);
    }

    public static ServedResult stored(StoredResult stored, ScoreComparison preview) {
        return new ServedResult(stored.kind(), stored.result(), stored.methodVersion(), stored.takenAt(), preview);
    }

    public boolean stored() {
        return source != ResultSource.LIVE;
    }

    /**
     * The self-assessed result to show beside the main one, once an auditor has reviewed items: the stored self
     * part where the snapshot has one; while in review, the submitted snapshot itself (it is the organisation's
     * own result); else none.
     */
    public java.util.Optional<org.childsafe.scoring.ScoreResult> self() {
        if (result.reviewed()) {
            return result.selfIfReviewed();
        }
        if (source == ResultSource.SUBMITTED && preview != null && preview.reviewed()) {
            return java.util.Optional.of(result.effective());
        }
        return java.util.Optional.empty();
    }
}
