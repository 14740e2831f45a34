package org.childsafe.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.uikit.ChildSafeI18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.RadioButtonsKt.getItemLabels;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class ThaiAssessmentViewTest extends AssessmentViewTestBase {

    @Override
    protected Locale locale() {
        return ChildSafeI18n.THAI;
    }

    @Test
    @SuppressWarnings("unchecked")
    void in_thai_the_items_and_the_answer_options_are_thai() {
        UI.getCurrent().navigate(walk("P"));
        String p1 = _get(Paragraph.class, spec -> spec.withId("text-P1")).getText();
        assertThat(p1).isEqualTo(details().framework().item("P1").orElseThrow().text().get("th"))
                .matches(".*[\\u0E00-\\u0E7F].*");
        RadioButtonGroup<String> p2 = _get(RadioButtonGroup.class, spec -> spec.withId("answer-P2"));
        assertThat(getItemLabels(p2)).containsExactly("ทำได้ครบ", "ทำได้บางส่วน", "ยังไม่ได้ทำ", "ไม่ทราบ",
                "ไม่เกี่ยวข้องกับองค์กรเรา");
        assertThat(p2.getLabel()).isEqualTo("คำตอบของคุณ");

        _setValue(p2, "met");
        assertThat(_get(Span.class, spec -> spec.withId("saved-P2")).getText()).startsWith("บันทึกแล้ว ");
        assertThat(details().answers().get("P2").answer()).isEqualTo("met");
    }

    @Test
    void in_thai_the_result_explains_the_critical_gaps_in_thai() {
        answer("P1", "not_met", false);
        answer("E2", "not_met", false);
        UI.getCurrent().navigate("assessments/" + assessmentId + "/result");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-reason")).getText())
                .isEqualTo("มีช่องว่างสำคัญ: P1 และ E2 เป็นข้อกำหนดขั้นต่ำที่ยังไม่ผ่าน");
        assertThat(_get(Span.class, spec -> spec.withId("result-rating")).getText()).isEqualTo("มีช่องว่างสำคัญ");
    }
}
