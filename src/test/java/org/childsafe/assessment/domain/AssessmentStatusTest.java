package org.childsafe.assessment.domain;

import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review workflow's status machine: which step is allowed from which status, and where it leads. */
class AssessmentStatusTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "DRAFT, SUBMIT, SUBMITTED",
            "RETURNED, SUBMIT, SUBMITTED",
            "SUBMITTED, REVIEW, IN_REVIEW",
            "IN_REVIEW, REVIEW, IN_REVIEW",
            "SUBMITTED, RETURN, RETURNED",
            "IN_REVIEW, RETURN, RETURNED",
            "SUBMITTED, VERIFY, VERIFIED",
            "IN_REVIEW, VERIFY, VERIFIED"})
    void an_allowed_step_leads_to_its_status(AssessmentStatus from, Transition step, AssessmentStatus to) {
        assertThat(from.allows(step)).isTrue();
        assertThat(from.after(step)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "SUBMITTED | SUBMIT | The assessment is already Submitted",
            "VERIFIED | SUBMIT | The assessment is already Verified",
            "DRAFT | REVIEW | Only submitted assessments can be reviewed (this one is Draft)",
            "VERIFIED | REVIEW | The assessment is verified and locked",
            "RETURNED | VERIFY | Only submitted assessments can be verified (this one is Returned for changes)",
            "VERIFIED | VERIFY | The assessment is already Verified",
            "DRAFT | RETURN | Only submitted assessments can be returned (this one is Draft)"})
    void a_step_the_status_does_not_allow_is_a_conflict_that_says_why(AssessmentStatus from, Transition step,
                                                                       String message) {
        assertThat(from.allows(step)).isFalse();
        assertThatThrownBy(() -> from.after(step)).isInstanceOf(ConflictException.class).hasMessage(message);
    }

    @Test
    void answers_are_open_only_in_a_draft_and_after_a_return() {
        for (AssessmentStatus status : AssessmentStatus.values()) {
            boolean open = status == AssessmentStatus.DRAFT || status == AssessmentStatus.RETURNED;
            assertThat(status.editable()).as(status.code()).isEqualTo(open);
            assertThat(status.hasStoredResult()).as(status.code()).isEqualTo(!open);
        }
        assertThatThrownBy(AssessmentStatus.IN_REVIEW::requireEditable).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(Messages.render(((ConflictException) e).text(), Messages.THAI))
                        .contains("กำลังตรวจทาน"));
    }

    @Test
    void a_step_keeps_who_and_when_where_it_matters() {
        Instant created = Instant.parse("2026-01-05T03:00:00Z");
        Assessment draft = new Assessment(1, 2, 3, "Self-check", "2026", AssessmentStatus.DRAFT, null, "P1", created,
                "manager", null, null, null, null);
        Instant submittedAt = Instant.parse("2026-02-01T03:00:00Z");
        Assessment submitted = draft.after(Transition.SUBMIT, "manager", submittedAt, null);
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(submittedAt);
        Assessment returned = submitted.after(Transition.RETURN, "auditor", Instant.parse("2026-02-03T03:00:00Z"),
                "Please attach the signed policy");
        assertThat(returned.returnComment()).isEqualTo("Please attach the signed policy");
        Assessment verified = returned.after(Transition.SUBMIT, "manager", Instant.parse("2026-02-04T03:00:00Z"), null)
                .after(Transition.VERIFY, "auditor", Instant.parse("2026-02-05T03:00:00Z"), null);
        assertThat(verified.verifiedBy()).isEqualTo("auditor");
        assertThat(verified.submittedAt()).isEqualTo(Instant.parse("2026-02-04T03:00:00Z"));
        assertThat(verified.createdAt()).isEqualTo(created);
    }
}
