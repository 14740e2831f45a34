package org.childsafe.assessment.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.AssessmentStatus;
import org.childsafe.assessment.domain.Evidence;
import org.childsafe.kernel.Actor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class AssessmentWalkViewTest extends AssessmentViewTestBase {

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radio(String code) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("answer-" + code));
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private static String saved(String code) {
        return _get(Span.class, spec -> spec.withId("saved-" + code)).getText();
    }

    @Test
    void choosing_an_answer_stores_it_at_once_and_shows_when_it_was_saved() {
        UI.getCurrent().navigate(walk("P"));
        assertThat(saved("P1")).isEmpty();

        _setValue(radio("P1"), "met");

        Answer stored = details().answers().get("P1");
        assertThat(stored.answer()).isEqualTo("met");
        assertThat(stored.updatedBy()).isEqualTo(actor.username());
        assertThat(saved("P1")).matches("Saved \\d{2}:\\d{2}");
        assertThat(_get(Span.class, spec -> spec.withId("walk-progress-text")).getText())
                .isEqualTo("1 of " + details().framework().itemCount() + " items answered");
        assertThat(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("step-P")).getElement()
                .getTextRecursively()).contains("1/8");
    }

    @Test
    void a_comment_is_saved_with_the_answer_and_waits_for_one_when_there_is_none() {
        UI.getCurrent().navigate(walk("P"));
        _setValue(area("comment-P2"), "Policy mentions phones only");
        assertThat(details().answers()).doesNotContainKey("P2");
        assertThat(saved("P2")).isEqualTo("Choose an answer first: the comment is saved with it.");

        _setValue(radio("P2"), "partial");
        assertThat(details().answers().get("P2").comment()).isEqualTo("Policy mentions phones only");
        _setValue(area("comment-P2"), "Now covers images too");
        assertThat(details().answers().get("P2").comment()).isEqualTo("Now covers images too");
    }

    @Test
    void not_applicable_needs_a_reason_before_anything_is_stored() {
        UI.getCurrent().navigate(walk("P"));
        assertThat(radio("P1").getListDataView().getItems().toList()).doesNotContain("na");
        assertThat(radio("P2").getListDataView().getItems().toList()).contains("na");
        assertThat(_find(TextArea.class, spec -> spec.withId("na-reason-P2"))).isEmpty();

        _setValue(radio("P2"), "na");

        TextArea reason = area("na-reason-P2");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Write why this does not apply");
        assertThat(saved("P2")).isEqualTo("Not saved yet: write a reason below.");
        assertThat(details().answers()).doesNotContainKey("P2");

        _setValue(reason, "We run no online activities with children");

        Answer stored = details().answers().get("P2");
        assertThat(stored.answer()).isEqualTo("na");
        assertThat(stored.naReason()).isEqualTo("We run no online activities with children");
        assertThat(reason.isInvalid()).isFalse();
        assertThat(saved("P2")).startsWith("Saved ");
    }

    @Test
    void described_evidence_rows_and_an_uploaded_file_are_stored() {
        UI.getCurrent().navigate(walk("P"));
        _setValue(radio("P1"), "met");
        _click(_get(Button.class, spec -> spec.withId("evidence-add-P1")));
        _setValue(_get(TextField.class, spec -> spec.withId("evidence-desc-P1-0")), "Signed policy");
        _setValue(_get(TextField.class, spec -> spec.withId("evidence-ref-P1-0")), "Office file 3");
        List<Evidence> evidence = service().evidence(Actor.SYSTEM, assessmentId, "P1");
        assertThat(evidence).extracting(Evidence::description, Evidence::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Signed policy", "Office file 3"));

        _click(_get(Button.class, spec -> spec.withId("attach-P1")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("redact-P1")).getText())
                .contains("children’s names, faces and case details");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-P1")),
                "minute.txt", "text/plain", "Board minute, names removed".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        assertThat(service().evidence(Actor.SYSTEM, assessmentId, "P1")).filteredOn(Evidence::hasFile)
                .extracting(Evidence::fileName).containsExactly("minute.txt");

        _click(_get(Button.class, spec -> spec.withId("evidence-remove-P1-0")));
        assertThat(service().evidence(Actor.SYSTEM, assessmentId, "P1")).allMatch(Evidence::hasFile);
    }

    @Test
    void submitting_with_unanswered_critical_items_lists_them_with_links_to_their_step() {
        answer("P1", "met", true);
        UI.getCurrent().navigate(walk("A"));

        _click(_get(Button.class, spec -> spec.withId("submit-assessment")));

        List<String> expected = criticalCodes().stream().filter(c -> !c.equals("P1")).toList();
        UnorderedList blockers = _get(UnorderedList.class, spec -> spec.withId("submit-blockers"));
        assertThat(_find(blockers, RouterLink.class)).extracting(l -> l.getId().orElseThrow())
                .containsExactlyElementsOf(expected.stream().map(c -> "blocker-" + c).toList());
        RouterLink e1 = _get(RouterLink.class, spec -> spec.withId("blocker-E1"));
        assertThat(e1.getText()).startsWith("E1 – ").contains(details().framework().item("E1").orElseThrow()
                .text().get("en"));
        assertThat(e1.getHref()).isEqualTo("assessments/" + assessmentId + "/walk/E?item=E1");
        assertThat(details().assessment().status()).isEqualTo(AssessmentStatus.DRAFT);

        com.github.mvysny.kaributesting.v10.RouterLinkKt._click(e1);
        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).startsWith("E · ");
    }

    @Test
    void once_every_critical_item_is_answered_submitting_succeeds_and_the_walk_becomes_read_only() {
        List<String> critical = criticalCodes();
        critical.subList(1, critical.size()).forEach(code -> answer(code, "not_met", false));
        UI.getCurrent().navigate(walk("P"));
        _setValue(radio(critical.get(0)), "partial");
        UI.getCurrent().navigate(walk("A"));

        _click(_get(Button.class, spec -> spec.withId("submit-assessment")));

        assertThat(details().assessment().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("submit-assessment"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("read-only-banner")).getElement()
                .getTextRecursively()).contains("Submitted").contains("can no longer be changed");
        UI.getCurrent().navigate(walk("P"));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("answer-text-P1"))
                .getText()).isEqualTo("Answer: Partly met");
    }

    @Test
    void opened_without_a_step_the_walk_resumes_at_the_last_answered_item() {
        answer("R2", "met", false);
        UI.getCurrent().navigate(walk(null));
        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).startsWith("R · ");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("answer-R2"))).hasSize(1);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("answer-P1"))).isEmpty();
    }

    @Test
    void the_next_button_moves_to_the_next_step() {
        UI.getCurrent().navigate(walk("P"));
        _click(_get(Button.class, spec -> spec.withId("step-next")));
        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).startsWith("E · ");
        _click(_get(Button.class, spec -> spec.withId("step-previous")));
        assertThat(_get(H2.class, spec -> spec.withId("step-title")).getText()).startsWith("P · ");
    }

    @Test
    void a_reference_without_a_description_is_not_saved_and_says_why() {
        UI.getCurrent().navigate(walk("P"));
        _setValue(radio("P1"), "met");
        _click(_get(Button.class, spec -> spec.withId("evidence-add-P1")));
        _setValue(_get(TextField.class, spec -> spec.withId("evidence-ref-P1-0")), "Office file 3");
        assertThat(_get(TextField.class, spec -> spec.withId("evidence-desc-P1-0")).isInvalid()).isTrue();
        assertThat(service().evidence(Actor.SYSTEM, assessmentId, "P1")).isEmpty();
    }

    @Test
    void a_manager_cannot_open_the_review() {
        UI.getCurrent().navigate("assessments/" + assessmentId + "/review");
        assertThat(_find(Button.class, spec -> spec.withId("verify-assessment"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.H1.class)).extracting(h -> h.getText())
                .anyMatch(t -> t.contains("Not available for your role"));
    }

    @Test
    void an_unknown_assessment_shows_page_not_found() {
        UI.getCurrent().navigate("assessments/999999999/walk");
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.H1.class)).extracting(h -> h.getText())
                .anyMatch(t -> t.contains("not found"));
    }
}
