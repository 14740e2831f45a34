package org.childsafe.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How problems read for people, and that a refusal always has a reason. */
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
}
