package org.childsafe.scoring;

import org.childsafe.kernel.Text;

/**
 * Why an answer cannot be stored.
 *
 * @param code    stable code for programs: {@link #ANSWER_REQUIRED}, {@link #UNKNOWN_ANSWER},
 *                {@link #NA_REASON_REQUIRED}, {@link #NA_NOT_ALLOWED}
 * @param message what is wrong, for people
 */
public record AnswerProblem(String code, Text message) {
    public static final String ANSWER_REQUIRED = "answer_required";
    public static final String UNKNOWN_ANSWER = "unknown_answer";
    public static final String NA_REASON_REQUIRED = "na_reason_required";
    public static final String NA_NOT_ALLOWED = "na_not_allowed";
}
