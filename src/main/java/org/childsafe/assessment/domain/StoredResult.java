package org.childsafe.assessment.domain;

import org.childsafe.scoring.ScoreComparison;

import java.time.Instant;

/**
 * A snapshot as stored: the full result (effective and, where reviewed, self) exactly as it was computed
 * when it was taken. Reading it back never recomputes anything.
 *
 * @param kind          {@link ResultSource#SUBMITTED} or {@link ResultSource#VERIFIED}
 * @param methodVersion the version of the scoring method that computed it
 */
public record StoredResult(long snapshotId, long assessmentId, ResultSource kind, String methodVersion,
                           Instant takenAt, String takenBy, ScoreComparison result) {
}
