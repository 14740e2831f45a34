package org.childsafe.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;
import org.childsafe.kernel.Text;

/** The rules an answer (self-assessed or reviewed) must pass before it is stored (docs/scoring.md, rule 2). */
public final class AnswerRules {

    private AnswerRules() {
    }

    /**
     * Every problem with this answer to this item; empty when the answer can be stored.
     *
     * @param answer   an option code; null or blank is a problem ({@code answer_required})
     * @param naReason the written reason, needed when the answer is {@code na}; for a review, its comment
     */
    public static List<AnswerProblem> check(Item item, Scale scale, String answer, String naReason) {
        List<AnswerProblem> problems = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            problems.add(new AnswerProblem(AnswerProblem.ANSWER_REQUIRED,
                    Text.of("error.answer.required", item.code())));
            return problems;
        }
        Optional<ScaleOption> option = scale.option(answer);
        if (option.isEmpty()) {
            problems.add(new AnswerProblem(AnswerProblem.UNKNOWN_ANSWER,
                    Text.of("error.answer.unknown", answer, scale.id(), codes(scale))));
            return problems;
        }
        if (option.get().isNotApplicable()) {
            if (!item.naAllowed()) {
                problems.add(new AnswerProblem(AnswerProblem.NA_NOT_ALLOWED,
                        Text.of("error.answer.naNotAllowed", item.code())));
            }
            if (naReason == null || naReason.isBlank()) {
                problems.add(new AnswerProblem(AnswerProblem.NA_REASON_REQUIRED,
                        Text.of("error.answer.naReason", item.code())));
            }
        }
        return problems;
    }

    public static boolean isValid(Item item, Scale scale, String answer, String naReason) {
        return check(item, scale, answer, naReason).isEmpty();
    }

    private static String codes(Scale scale) {
        return scale.options().stream().map(ScaleOption::code).collect(Collectors.joining(", "));
    }
}
