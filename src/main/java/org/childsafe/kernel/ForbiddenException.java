package org.childsafe.kernel;

import java.util.List;

/** The person is known but may not do this. */
public final class ForbiddenException extends Refusal {

    public ForbiddenException(Text text, List<Detail> details) {
        super(text, details);
    }

    public ForbiddenException(String key, Object... args) {
        super(Text.of(key, args), List.of());
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
