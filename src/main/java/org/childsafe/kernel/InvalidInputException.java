package org.childsafe.kernel;

import java.util.List;

/** Bad input, with every problem listed (field and sentence). */
public final class InvalidInputException extends Refusal {

    public InvalidInputException(Text text, List<Detail> details) {
        super(text, details);
    }

    public InvalidInputException(String key, Object... args) {
        super(Text.of(key, args), List.of());
    }

    /** One problem with one field; the field's problem is also the main sentence. */
    public static InvalidInputException field(String field, String key, Object... args) {
        Text text = Text.of(key, args);
        return new InvalidInputException(text, List.of(Detail.of(field, text)));
    }

    /** Every problem; the first one is also the main sentence (a single problem), else the given summary. */
    public static InvalidInputException of(List<Detail> problems, String summaryKey) {
        Text main = problems.size() == 1 ? problems.get(0).message() : Text.of(summaryKey);
        return new InvalidInputException(main, problems);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
