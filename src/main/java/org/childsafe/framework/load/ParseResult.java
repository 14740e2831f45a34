package org.childsafe.framework.load;

import java.util.List;
import org.childsafe.framework.domain.Framework;

/** The outcome of parsing one framework file: a valid framework, or every problem found in it. */
public sealed interface ParseResult {

    /** The file obeys every rule; the framework has all defaults filled in. */
    record Valid(Framework framework) implements ParseResult {
    }

    /** The file is refused whole; {@code problems} is never empty and in the order found (roughly file order). */
    record Invalid(List<Problem> problems) implements ParseResult {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one problem");
            }
        }
    }
}
