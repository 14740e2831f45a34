package org.childsafe.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * The verified result and, once an auditor has reviewed any item, the self-assessed result beside it
 * (rule 11). Mirrors the API's {@code {..., "self": {...}}} shape.
 *
 * @param effective the result on effective answers (reviewed answer where there is one)
 * @param self      the result on self answers only; null while no item of the framework has been reviewed
 */
public record ScoreComparison(ScoreResult effective, ScoreResult self) {

    public ScoreComparison {
        Objects.requireNonNull(effective, "effective");
    }

    public boolean reviewed() {
        return self != null;
    }

    public Optional<ScoreResult> selfIfReviewed() {
        return Optional.ofNullable(self);
    }
}
