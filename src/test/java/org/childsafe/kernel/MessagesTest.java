package org.childsafe.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's sentence reaches each reader in their language. */
class MessagesTest {

    @Test
    void a_refusal_reads_in_english_and_in_thai_from_the_same_key() {
        NotFoundException refused = new NotFoundException("error.assessment.notFound", 1234567L);
        assertThat(refused.getMessage()).isEqualTo("No assessment with id 1234567");
        assertThat(Messages.render(refused.text(), Messages.THAI)).isEqualTo("ไม่พบการประเมินรหัส 1234567");
    }

    @Test
    void a_text_given_as_an_argument_is_rendered_in_the_same_language() {
        Text text = Text.of("error.assessment.locked", Text.of("assessment.status.verified"));
        assertThat(Messages.english(text)).isEqualTo("The assessment is Verified: answers can no longer be changed");
        assertThat(Messages.render(text, Messages.THAI)).contains("ยืนยันผลแล้ว").doesNotContain("Verified");
    }

    @Test
    void a_plain_text_is_shown_as_it_is_and_an_unknown_key_is_visible() {
        assertThat(Messages.render(Text.plain("duplicate item code \"E2\""), Messages.THAI))
                .isEqualTo("duplicate item code \"E2\"");
        assertThat(Messages.render("no.such.key", Messages.THAI)).isEqualTo("!no.such.key!");
    }

    @Test
    void a_field_problem_is_also_the_main_sentence() {
        InvalidInputException refused = InvalidInputException.field("comment", "error.review.commentRequired");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refused.details()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("comment");
            assertThat(d.message()).isEqualTo(refused.text());
        });
    }
}
