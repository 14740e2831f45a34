package org.childsafe.actionplan.domain;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of an enum constant by its API code, refusing unknown codes with the allowed ones listed. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E fromCode(Class<E> type, Function<E, String> code, String what, String value) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants)
                .filter(c -> code.apply(c).equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " \"" + value + "\"; expected one of: "
                        + Arrays.stream(constants).map(code).collect(Collectors.joining(", "))));
    }
}
