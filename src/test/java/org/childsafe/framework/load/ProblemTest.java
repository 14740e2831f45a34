package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.childsafe.kernel.Messages;
import org.junit.jupiter.api.Test;

/** How problems read for people, in English and in Thai, and that a refusal always has a reason. */
class ProblemTest {

    @Test
    void a_problem_reads_as_line_path_and_message() {
        assertThat(new Problem("domains[1].items[3].code", 12, "duplicate item code \"E2\"").describe())
                .isEqualTo("line 12, domains[1].items[3].code: duplicate item code \"E2\"");
    }

    @Test
    void a_problem_of_the_whole_file_leaves_out_what_it_does_not_know() {
        assertThat(new Problem("", null, "the file is empty").describe()).isEqualTo("the file is empty");
        assertThat(new Problem("", 3, "invalid YAML: x").describe()).isEqualTo("line 3: invalid YAML: x");
    }

    @Test
    void an_invalid_result_needs_at_least_one_problem() {
        assertThatThrownBy(() -> new ParseResult.Invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_problem_of_a_file_reads_in_thai_with_its_path_and_codes_as_written() {
        List<Problem> problems = ((ParseResult.Invalid) Fixtures.parse(Fixtures.MINIMAL
                .replace("text: {en: There is a policy}", "text: {en: There is a policy}\n        weight: 0\n        critcal: true")))
                .problems();

        assertThat(problems).extracting(Problem::path, Problem::line, p -> Messages.render(p.text(), Messages.THAI))
                .containsExactly(tuple("domains[0].items[0].critcal", 11, "ไม่รู้จักคีย์ \"critcal\""),
                        tuple("domains[0].items[0].weight", 10, "น้ำหนัก (weight) ต้องมากกว่า 0"));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "unknown key \"critcal\"", "weight must be > 0");
    }

    @Test
    void composed_problems_read_whole_in_each_language() {
        List<Problem> wrongType = Fixtures.problemsOf(Fixtures.MINIMAL.replace("title: {en: Demo}", "title: Demo"));
        assertThat(wrongType).extracting(Problem::message)
                .containsExactly("must be a map of language to text such as {en: \"...\"}, not text");
        Problem thai = ((ParseResult.Invalid) Fixtures.parse(Fixtures.MINIMAL.replace("title: {en: Demo}", "title: Demo")))
                .problems().get(0);
        assertThat(Messages.render(thai.text(), Messages.THAI))
                .isEqualTo("ต้องเป็น ข้อความแยกตามรหัสภาษา เช่น {en: \"...\"} แต่พบ ข้อความ");

        Problem scale = ((ParseResult.Invalid) Fixtures.parse(Fixtures.withTopLines("scale: likert"))).problems().get(0);
        assertThat(scale.message()).isEqualTo("unknown scale \"likert\": use met-partial, frequency or an inline scale {id, options}");
        assertThat(Messages.render(scale.text(), Messages.THAI))
                .isEqualTo("ไม่รู้จักมาตรวัดคำตอบ \"likert\": โปรดใช้ met-partial, frequency หรือมาตรวัดที่กำหนดเอง {id, options}");
    }

    @Test
    void the_yaml_readers_own_words_stay_inside_a_translated_sentence() {
        Problem broken = ((ParseResult.Invalid) Fixtures.parse("framework: [unclosed\n")).problems().get(0);

        assertThat(broken.message()).startsWith("invalid YAML: ");
        assertThat(Messages.render(broken.text(), Messages.THAI)).startsWith("ไฟล์นี้ไม่ใช่ YAML ที่ถูกต้อง: ")
                .endsWith(broken.message().substring("invalid YAML: ".length()));
    }
}
