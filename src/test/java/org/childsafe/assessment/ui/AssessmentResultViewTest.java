package org.childsafe.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.kernel.Actor;
import org.childsafe.scoring.ScoreResult;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class AssessmentResultViewTest extends AssessmentViewTestBase {

    private String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private String row(String code) {
        return _get(NativeTableRow.class, spec -> spec.withId("result-row-" + code)).getElement().getTextRecursively();
    }

    @Test
    void the_result_shows_the_score_and_the_critical_gaps_in_words() {
        answer("P1", "not_met", false);
        answer("E2", "not_met", false);
        answer("E1", "met", false);
        answer("P2", "met", true);
        answer("P3", "dont_know", false);
        UI.getCurrent().navigate("assessments/" + assessmentId + "/result");

        ScoreResult expected = service().score(Actor.SYSTEM, assessmentId).result().effective();
        assertThat(_get(Span.class, spec -> spec.withId("result-score")).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", expected.roundedScore()));
        assertThat(_get(Span.class, spec -> spec.withId("result-rating")).getText()).isEqualTo("Critical gaps");
        assertThat(text("result-reason")).isEqualTo("Critical gaps: P1 and E2 are critical and not met.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("result-critical")).getElement().getTextRecursively())
                .contains("P1 – Our board or governing body has approved a written child safeguarding policy")
                .contains("(Not met)").contains("E1 – ").contains("(Met – Claimed, no evidence attached (counts as half))");
        assertThat(text("result-draft-note")).startsWith("Not submitted yet");
        assertThat(text("result-counts")).startsWith("5 of " + details().framework().itemCount() + " items answered");

        assertThat(row("P1")).contains("Not met").contains("Minimum requirement").contains("0%");
        assertThat(row("E1")).contains("Claimed, no evidence attached").contains("50%");
        assertThat(row("P2")).contains("Met").contains("100%");
        assertThat(row("P3")).contains("Don’t know (counts as 0)");
        assertThat(row("P4")).contains("Not answered").contains("–");

        String svg = _get(Svg.class, spec -> spec.withId("result-bars")).getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"").contains("P · Policy").contains("R · Procedures")
                .contains("not counted");
    }

    @Test
    void provisional_is_labelled_and_explained() {
        answer("P1", "dont_know", false);
        UI.getCurrent().navigate("assessments/" + assessmentId + "/result");
        Span provisional = _get(Span.class, spec -> spec.withId("result-provisional"));
        assertThat(provisional.getText()).isEqualTo("Provisional");
        assertThat(provisional.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("Find out and update those answers");
        assertThat(_find(Span.class, spec -> spec.withId("result-indicative"))).isEmpty();
    }

    @Test
    void with_every_critical_item_met_the_reason_names_the_band() {
        criticalCodes().forEach(code -> answer(code, "met", true));
        UI.getCurrent().navigate("assessments/" + assessmentId + "/result");
        assertThat(text("result-reason")).isEqualTo("The overall score 100.0% is in the band “Strong” (80 and above),"
                + " and no minimum requirement is marked not met or partly met.");
    }

    @Test
    void a_partly_met_critical_item_caps_the_rating_and_says_so() {
        criticalCodes().forEach(code -> answer(code, "met", true));
        answer("R1", "partial", true);
        UI.getCurrent().navigate("assessments/" + assessmentId + "/result");
        assertThat(text("result-reason")).isEqualTo("R1 is a minimum requirement that counts only in part (partly met,"
                + " or “Met” without evidence), so the rating can be no better than “Developing”.");
        assertThat(_get(Span.class, spec -> spec.withId("result-rating")).getText()).isEqualTo("Developing");
    }
}
