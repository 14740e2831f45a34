package org.childsafe.kernel;

import java.util.List;

/**
 * A request the domain refuses, with what a person needs to put it right. Services throw the four
 * kinds below; the REST API turns them into 400/403/404/409 with {@code {"error", "details"}}, the UI
 * shows the same sentences in the reader's language. No HTTP here: the kinds are the domain's words.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInputException, ForbiddenException, NotFoundException, ConflictException {

    /** What kind of refusal this is. */
    public enum Kind {
        /** The input is wrong (400). */
        INVALID,
        /** The person is known but may not do this (403). */
        FORBIDDEN,
        /** No such thing, or the person may not know it exists (404). */
        NOT_FOUND,
        /** It clashes with the current state: duplicate, stale, locked (409). */
        CONFLICT
    }

    private final transient Text text;
    private final transient List<Detail> details;

    protected Refusal(Text text, List<Detail> details) {
        super(Messages.english(text));
        this.text = text;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public abstract Kind kind();

    /** The main sentence. */
    public Text text() {
        return text;
    }

    /** Every specific problem (may be empty). */
    public List<Detail> details() {
        return details;
    }
}
