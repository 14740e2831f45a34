package org.childsafe.assessment.domain;

import java.time.Instant;

/** One assessment of one organisation against one pinned framework version. */
public record Assessment(long id, long organisationId, long frameworkVersionId, String title, String period,
                         AssessmentStatus status, String returnComment, String lastItemCode, Instant createdAt,
                         String createdBy, Instant submittedAt, Instant verifiedAt, String verifiedBy) {
}
