package org.childsafe.kernel;

import java.util.List;

/** The thing asked for does not exist, or the person may not know that it exists. */
public final class NotFoundException extends Refusal {

    public NotFoundException(Text text, List<Detail> details) {
        super(text, details);
    }

    public NotFoundException(String key, Object... args) {
        super(Text.of(key, args), List.of());
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
