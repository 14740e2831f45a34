package org.childsafe.kernel;

import java.util.List;

/** The request clashes with the current state (duplicate, stale, locked). */
public final class ConflictException extends Refusal {

    public ConflictException(Text text, List<Detail> details) {
        super(text, details);
    }

    public ConflictException(String key, Object... args) {
        super(Text.of(key, args), List.of());
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
