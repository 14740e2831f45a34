package org.childsafe.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.domain.Review;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** An auditor assigned to the organisation reviews a submitted assessment. */
@MicronautTest(startApplication = false, transactional = false)
class ReviewViewTest extends AssessmentViewTestBase {

    @Override
    protected Role signedInRole() {
        return Role.AUDITOR;
    }

    @Override
    protected void beforeEachView() {
        super.beforeEachView();
        criticalCodes().forEach(code -> answer(code, "met", true));
        answer("E2", "not_met", false);
        minuteId = service().addEvidenceFile(Actor.SYSTEM, assessmentId, "P1", "Board minute", "minute.txt",
                "text/plain", MINUTE).id();
        service().submit(Actor.SYSTEM, assessmentId);
    }

    private static final byte[] MINUTE = "Board minute, names removed".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private long minuteId;

    private void openReview() {
        UI.getCurrent().navigate("assessments/" + assessmentId + "/review");
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void confirming_needs_a_comment_and_then_stores_the_same_answer() {
        openReview();
        _click(button("review-confirm-P1"));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment-P1"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(details().reviews()).isEmpty();

        _setValue(comment, "Saw the signed policy and the board minute");
        _click(button("review-confirm-P1"));

        Review review = details().reviews().get("P1");
        assertThat(review.answer()).isEqualTo("met");
        assertThat(review.comment()).isEqualTo("Saw the signed policy and the board minute");
        assertThat(details().assessment().status()).isEqualTo(AssessmentStatus.IN_REVIEW);
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-status-P1")).getText())
                .startsWith("Confirmed as “Met”: Saw the signed policy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void changing_an_answer_stores_the_auditors_answer_with_the_comment() {
        openReview();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("review-answer-E1"))).isEmpty();
        _click(button("review-change-E1"));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("review-answer-E1")), "partial");
        _setValue(_get(TextArea.class, spec -> spec.withId("review-comment-E1")), "Named, but staff do not know her");
        _click(button("review-save-E1"));

        assertThat(details().reviews().get("E1").answer()).isEqualTo("partial");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-status-E1")).getText())
                .startsWith("Changed to “Partly met”");
    }

    @Test
    void verifying_locks_the_assessment_and_shows_self_and_verified_results_side_by_side() {
        service().review(actor, assessmentId, "E1", "partial", "Focal point named but not known to staff");
        openReview();
        _click(button("verify-assessment"));
        _click(button("verify-confirm"));

        assertThat(details().assessment().status()).isEqualTo(AssessmentStatus.VERIFIED);
        assertThat(_get(Section.class, spec -> spec.withId("result-self")).getElement().getTextRecursively())
                .contains("Your self-assessment");
        assertThat(_get(Section.class, spec -> spec.withId("result-verified")).getElement().getTextRecursively())
                .contains("Verified by the auditor");
        assertThat(_get(com.vaadin.flow.component.html.NativeTableRow.class, spec -> spec.withId("result-row-E1"))
                .getElement().getTextRecursively()).contains("Partly met").contains("Reviewed by auditor")
                .contains("Auditor: Focal point named but not known to staff");
        assertThat(_find(Button.class, spec -> spec.withId("result-review"))).isEmpty();
    }

    @Test
    void returning_sends_it_back_and_the_manager_sees_the_comment_in_the_walk() {
        UI.getCurrent().navigate("assessments/" + assessmentId + "/result");
        _click(button("result-review"));
        _click(button("return-assessment"));
        assertThat(_get(TextArea.class, spec -> spec.withId("return-comment")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("return-comment")), "Please attach the code of conduct");
        _click(button("return-assessment"));
        assertThat(details().assessment().status()).isEqualTo(AssessmentStatus.RETURNED);

        Actor manager = TestUsers.create(context.getBean(IdentityService.class), Role.MANAGER, organisationId);
        CurrentUser.set(manager);
        UI.getCurrent().navigate(walk("E"));
        assertThat(_get(Div.class, spec -> spec.withId("returned-banner")).getElement().getTextRecursively())
                .contains("Please attach the code of conduct");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("answer-E2"))).hasSize(1);
    }

    @Test
    void an_attached_file_downloads_from_the_review_page_as_an_attachment() {
        openReview();
        Anchor link = _get(Anchor.class, spec -> spec.withId("evidence-download-" + minuteId));
        assertThat(link.getText()).isEqualTo("minute.txt");
        assertThat(link.getElement().hasAttribute("download")).as("opens as a download").isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.DownloadKt._download(link)).isEqualTo(MINUTE);
    }

    @Test
    void the_auditor_reads_the_walk_without_inputs() {
        UI.getCurrent().navigate(walk("P"));
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-text-P1")).getText()).isEqualTo("Answer: Met");
    }
}
