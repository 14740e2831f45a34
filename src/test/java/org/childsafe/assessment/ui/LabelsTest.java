package org.childsafe.assessment.ui;

import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    private static final Scale INLINE = Scale.withStandardOptions("yes-no", List.of(
            new ScaleOption("yes", 1.0, LocalizedText.of("Yes, fully", "ใช่ ครบถ้วน")),
            new ScaleOption("custom", 0.5, LocalizedText.EMPTY)));

    @Test
    void an_inline_scale_option_shows_the_framework_label() {
        assertThat(Labels.option(INLINE, "yes")).isEqualTo("Yes, fully");
    }

    @Test
    void an_unlabelled_option_that_is_not_built_in_shows_its_code() {
        assertThat(Labels.option(INLINE, "custom")).isEqualTo("custom");
    }

    @Test
    void lists_of_one_read_as_that_one() {
        assertThat(Labels.join(List.of("P1"))).isEqualTo("P1");
        assertThat(Labels.join(List.of())).isEmpty();
    }

    @Test
    void scores_are_rounded_half_up_to_one_decimal() {
        assertThat(Labels.score(16.25)).isEqualTo("16.3");
        assertThat(Labels.score(null)).isEqualTo("–");
    }

    @Test
    void file_types_are_worked_out_from_the_name_when_the_browser_sends_none() {
        assertThat(EvidenceEditor.typeOf("Policy.DOCX", "")).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceEditor.typeOf("scan.pdf", "application/octet-stream")).isEqualTo("application/pdf");
        assertThat(EvidenceEditor.typeOf("photo.png", "image/png")).isEqualTo("image/png");
    }
}
