package org.childsafe.assessment.domain;

import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.Text;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an assessment stands, and which {@link Transition}s each status allows: the status machine lives
 * here, so that services ask it instead of repeating checks.
 */
public enum AssessmentStatus {
    DRAFT(EnumSet.of(Transition.SUBMIT)),
    SUBMITTED(EnumSet.of(Transition.REVIEW, Transition.RETURN, Transition.VERIFY)),
    IN_REVIEW(EnumSet.of(Transition.REVIEW, Transition.RETURN, Transition.VERIFY)),
    RETURNED(EnumSet.of(Transition.SUBMIT)),
    VERIFIED(EnumSet.noneOf(Transition.class));

    private final Set<Transition> allowed;

    AssessmentStatus(Set<Transition> allowed) {
        this.allowed = allowed;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AssessmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The status in words, in the reader's language. */
    public Text label() {
        return Text.of("assessment.status." + code());
    }

    public boolean allows(Transition transition) {
        return allowed.contains(transition);
    }

    /**
     * The status after the transition.
     *
     * @throws ConflictException when this status does not allow it, saying why in words
     */
    public AssessmentStatus after(Transition transition) {
        if (allows(transition)) {
            return transition.target();
        }
        throw switch (transition) {
            case SUBMIT -> new ConflictException("error.assessment.already", label());
            case REVIEW -> this == VERIFIED ? new ConflictException("error.assessment.verifiedLocked")
                    : new ConflictException("error.review.notSubmitted", label());
            case VERIFY -> this == VERIFIED ? new ConflictException("error.assessment.already", label())
                    : new ConflictException("error.verify.notSubmitted", label());
            case RETURN -> new ConflictException("error.return.notSubmitted", label());
        };
    }

    /** The organisation may still change answers and evidence (a draft, or returned for changes). */
    public boolean editable() {
        return allows(Transition.SUBMIT);
    }

    /** @throws ConflictException when answers and evidence can no longer be changed */
    public void requireEditable() {
        if (!editable()) {
            throw new ConflictException("error.assessment.locked", label());
        }
    }

    /** An auditor may review items, return or verify. */
    public boolean reviewable() {
        return allows(Transition.VERIFY);
    }

    /**
     * Whether the result served is a stored snapshot (submitted, in review, verified) rather than computed
     * live (draft, returned).
     */
    public boolean hasStoredResult() {
        return !editable();
    }
}
