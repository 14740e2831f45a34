package org.childsafe.framework.domain;

import java.util.List;

/** A score band: the first band (highest min first) whose min is at most the score applies. */
public record Band(String code, double min) {

    /** The default bands of docs/framework-format.md. */
    public static final List<Band> DEFAULTS = List.of(
            new Band("strong", 80), new Band("developing", 60), new Band("basic", 40), new Band("weak", 0));
}
