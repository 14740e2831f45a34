package org.childsafe.framework.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which items of an earlier framework version an item carries on (docs/rounds.md): between two rounds on the
 * same version, the item with the same code; across versions, the earlier items its {@code replaces} names
 * (by default its own code), as far as the earlier version has them.
 */
public final class Lineage {

    private Lineage() {
    }

    /** The codes of {@code earlier}'s items that {@code item} (of {@code later}) carries on; may be empty. */
    public static List<String> carriedOn(Item item, Framework later, Framework earlier) {
        if (sameVersion(later, earlier)) {
            return earlier.item(item.code()).isPresent() ? List.of(item.code()) : List.of();
        }
        return item.replaces().stream().filter(code -> earlier.item(code).isPresent()).toList();
    }

    /** The one earlier item the item carries on, when it names exactly one; else none. */
    public static Optional<String> predecessor(Item item, Framework later, Framework earlier) {
        List<String> codes = carriedOn(item, later, earlier);
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    private static boolean sameVersion(Framework a, Framework b) {
        return a.code().equals(b.code()) && a.version().equals(b.version());
    }
}
